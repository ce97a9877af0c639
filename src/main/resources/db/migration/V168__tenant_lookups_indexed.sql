-- A school's page must cost the same in a region of 1,000 schools as in one of 50 (issue 19): the lookups by school
-- below read every row of the region without an index. Found by bench/region-band/run: the pairs list read all
-- 20,000 pair members of the seeded region (2–3 ms a view, growing with the region) to find the school's mentors in
-- pairs of other schools; TenantTablesIndexedIntegrationTests now asks every table with organisation_id for one.
create index mentorship_member_current_organisation_idx on mentorship_member (organisation_id) where to_date is null;
-- the supports of those left without a mentor, listed by school
create index mentorship_support_organisation_idx on mentorship_support (organisation_id);
-- the bank's topics: the system's (no school) and each school's own, read for the school and those above it
create index bank_topic_organisation_idx on bank_topic (organisation_id);
