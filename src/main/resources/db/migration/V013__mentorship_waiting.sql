-- Mentees left without a mentor (stage 5): the support given meanwhile, and the standing search's notices that a
-- suitable mentor has appeared.
create table mentorship_support (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    person_id       uuid          not null references person (id),
    kind            varchar(30)   not null,
    note            varchar(500),
    assigned_on     date          not null,
    ended_on        date
);
create index mentorship_support_person_idx on mentorship_support (person_id);

create table mentorship_notice (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    mentee_id       uuid          not null references person (id),
    mentor_id       uuid          not null references person (id),
    created_at      timestamptz   not null,
    seen_at         timestamptz
);
create unique index mentorship_notice_pair_uq on mentorship_notice (organisation_id, mentee_id, mentor_id);
