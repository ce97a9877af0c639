-- The consents in force on a day, as the consent module's one rule in SQL (a consent given, given on or before the
-- day, not yet past its term), for figures counted by a join rather than by sending a thousand ids back and forth:
-- the roadmap of a school of 1,000 mentors sent the bank's ids to count their consents to the duties (issue 20). A
-- single SELECT in LANGUAGE sql, so PostgreSQL inlines it into the query that joins it (no function call per row).
-- A person has at most one given consent of a purpose (consent_open_uq), so a join adds no row.
create function valid_consent(day date, purpose varchar)
    returns table (person_id uuid, organisation_id uuid)
    language sql stable
as $$
    select c.person_id, c.organisation_id from consent c
    where c.purpose = valid_consent.purpose and c.status = 'GIVEN'
      and c.given_on <= valid_consent.day and (c.valid_until is null or c.valid_until >= valid_consent.day)
$$;
