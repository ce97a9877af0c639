-- The mentor course («Школа наставника», issue 15 item 2): an ordered list of steps published by a school,
-- municipality or region, and each mentor's progress through it, step by step in order.
create table training_mentor_course (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    title           varchar(300)  not null,
    description     varchar(4000),
    version         bigint        not null default 0
);
create index training_mentor_course_organisation_idx on training_mentor_course (organisation_id);

create table training_mentor_course_step (
    course_id   uuid          not null references training_mentor_course (id) on delete cascade,
    position    int           not null,
    step_id     uuid          not null,
    kind        varchar(20)   not null,
    material_id uuid references training_material (id),
    title       varchar(300)  not null,
    description varchar(2000),
    primary key (course_id, position)
);

create table training_course_progress (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    course_id       uuid not null references training_mentor_course (id),
    person_id       uuid not null references person (id),
    completed_on    date,
    version         bigint not null default 0,
    unique (course_id, person_id)
);
create index training_course_progress_organisation_idx on training_course_progress (organisation_id, course_id);

create table training_course_progress_step (
    progress_id uuid        not null references training_course_progress (id) on delete cascade,
    step_id     uuid        not null,
    done_at     timestamptz not null,
    primary key (progress_id, step_id)
);
