-- Stage 2 of a programme's monitoring (impact): each mentee's self-assessment on her own needs at the start of the
-- programme and again at its end on the same items (1–5), and the professional results recorded on the programme.
create table monitoring_self_assessment (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    programme_id    uuid        not null references programme (id),
    person_id       uuid        not null references person (id),
    started_on      date        not null,
    ended_on        date,
    version         bigint      not null default 0
);
create unique index monitoring_self_assessment_uq on monitoring_self_assessment (programme_id, person_id);
create index monitoring_self_assessment_org_idx on monitoring_self_assessment (organisation_id, ended_on);

create table monitoring_self_assessment_item (
    assessment_id uuid         not null references monitoring_self_assessment (id) on delete cascade,
    position      int          not null,
    title         varchar(300) not null,
    start_score   int          not null check (start_score between 1 and 5),
    end_score     int check (end_score between 1 and 5),
    primary key (assessment_id, position)
);

-- A qualification category earned, a contest entered (won or not) or an open lesson given during the programme.
create table monitoring_programme_result (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    programme_id    uuid         not null references programme (id),
    kind            varchar(20)  not null,
    category        varchar(20),
    level           varchar(20),
    won             boolean      not null default false,
    title           varchar(300) not null,
    achieved_on     date         not null,
    recorded_at     timestamptz  not null
);
create index monitoring_programme_result_org_idx on monitoring_programme_result (organisation_id, achieved_on);
create index monitoring_programme_result_programme_idx on monitoring_programme_result (programme_id);
