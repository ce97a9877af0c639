-- The staff registry records when and why a person left (retention of young teachers, issue 16 item 4).
alter table person add column left_on date;
alter table person add column leaving_reason varchar(40);
alter table person add column leaving_comment varchar(1000);
alter table person add constraint person_leaving_reason_check check (leaving_reason in
    ('OWN_WISH', 'TRANSFER', 'RETIREMENT', 'FIXED_TERM_END', 'EMPLOYER_INITIATIVE', 'OTHER'));
alter table person add constraint person_leaving_complete check ((left_on is null) = (leaving_reason is null));
create index person_left_on on person (organisation_id, left_on) where left_on is not null;
