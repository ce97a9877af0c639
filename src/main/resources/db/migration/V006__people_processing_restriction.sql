-- After a withdrawal of the personal-data consent processing stops: the record is hidden from all but the
-- director and curator, and anonymised when the organisation's retention period is over (152-ФЗ art. 21).
alter table person add column processing_restricted_at timestamptz;
alter table person add column anonymise_on date;
alter table person add column anonymised_at timestamptz;
create index person_anonymise_idx on person (anonymise_on) where anonymised_at is null;
