-- The roadmap counts people per milestone (a school of 1,000 mentors has 1,000 rows of the mentor bank's milestone):
-- read in the order of this index, with the time each was reached beside it, the distinct count needs neither the
-- table nor a sort. A sort of those rows was 60 % of PostgreSQL's time on that school's roadmap (issue 20).
create index roadmap_milestone_counted_idx on roadmap_milestone (organisation_id, milestone, evidence_kind, evidence_id)
    include (school_year, reached_at);
