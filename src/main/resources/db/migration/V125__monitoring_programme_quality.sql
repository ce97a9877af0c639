-- Stage 1 of a programme's monitoring (process quality): the mentor's and the mentee's check-in at the programme's
-- mid-point, and the curator's questionnaire on the programme with her SWOT worksheet.
create table monitoring_checkin (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    programme_id    uuid          not null references programme (id),
    person_id       uuid          not null references person (id),
    role            varchar(10)   not null,
    meetings_held   int           not null check (meetings_held between 0 and 500),
    progress        varchar(2000) not null,
    difficulties    varchar(2000),
    satisfaction    int           not null check (satisfaction between 1 and 10),
    submitted_on    date          not null
);
create unique index monitoring_checkin_uq on monitoring_checkin (programme_id, person_id);
create index monitoring_checkin_org_idx on monitoring_checkin (organisation_id, submitted_on);

create table monitoring_programme_review (
    programme_id       uuid primary key references programme (id),
    organisation_id    uuid          not null references organisation (id),
    plan_followed      int check (plan_followed between 1 and 5),
    pair_interaction   int check (pair_interaction between 1 and 5),
    support_sufficient int check (support_sufficient between 1 and 5),
    conclusions        varchar(4000),
    strengths          varchar(4000),
    weaknesses         varchar(4000),
    opportunities      varchar(4000),
    threats            varchar(4000),
    questionnaire_on   date,
    swot_on            date,
    version            bigint        not null default 0
);
