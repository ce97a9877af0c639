-- Whom an event invites in its invited schools: their mentors (as until now), their mentees, or both.
alter table event add column audience varchar(30) not null default 'MENTORS'
    check (audience in ('MENTORS', 'MENTEES', 'MENTORS_AND_MENTEES'));
