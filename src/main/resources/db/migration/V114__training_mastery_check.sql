-- The mentor course's mastery check (issue 15 item 2): a scored questionnaire of the survey engine with a pass mark,
-- published like a course; a step may name one. Each attempt keeps the check as it was taken (its questions and
-- pass mark), the answers, the score and the curator's review of the free-text answers.
create table training_mastery_check (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    title           varchar(300)  not null,
    pass_mark       int,
    content         text          not null,
    version         bigint        not null default 0
);
create index training_mastery_check_organisation_idx on training_mastery_check (organisation_id);

alter table training_mentor_course_step add column check_id uuid references training_mastery_check (id);

create table training_check_attempt (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    course_id       uuid          not null references training_mentor_course (id),
    step_id         uuid          not null,
    check_id        uuid          not null references training_mastery_check (id),
    person_id       uuid          not null references person (id),
    content         text          not null,
    pass_mark       int           not null,
    answers         text          not null,
    score           int           not null,
    maximum         int           not null,
    status          varchar(20)   not null,
    review_comment  varchar(2000),
    submitted_at    timestamptz   not null,
    reviewed_at     timestamptz,
    version         bigint        not null default 0
);
create index training_check_attempt_person_idx on training_check_attempt (person_id, course_id, step_id);
create index training_check_attempt_review_idx on training_check_attempt (organisation_id, status);
