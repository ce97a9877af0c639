-- External courses (курсы повышения квалификации, ДПП) of a school's staff: recorded by the mentor or the curator,
-- confirmed or returned with a comment by the curator; the confirmed hours are the mentor's training hours.
create table training_course (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    person_id        uuid          not null references person (id),
    provider         varchar(300)  not null,
    title            varchar(300)  not null,
    hours            int           not null check (hours > 0),
    starts_on        date          not null,
    ends_on          date          not null,
    certificate_id   uuid references stored_file (id),
    certificate_name varchar(255),
    status           varchar(20)   not null,
    return_comment   varchar(1000),
    recorded_by      varchar(300)  not null,
    recorded_at      timestamptz   not null,
    decided_by       varchar(300),
    decided_at       timestamptz,
    version          bigint        not null default 0,
    check (ends_on >= starts_on)
);
create index training_course_person_idx on training_course (organisation_id, person_id);
create index training_course_status_idx on training_course (organisation_id, status);
