-- An event may invite its schools' curators and directors (a municipality's seminar for the schools' curators of
-- mentorship), besides their mentors and mentees.
alter table event drop constraint if exists event_audience_check;
alter table event add constraint event_audience_check
    check (audience in ('MENTORS', 'MENTEES', 'MENTORS_AND_MENTEES', 'CURATORS'));
