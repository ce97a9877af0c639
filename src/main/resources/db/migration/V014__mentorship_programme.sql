-- Personalised mentorship programmes (ПНП): goals from the mentee's needs, the plan of activities with dates and
-- expected results, progress both sides record with evidence, meetings, and the final evaluations.
create table programme (
    id                uuid primary key,
    organisation_id   uuid          not null references organisation (id),
    mentorship_id     uuid          not null references mentorship (id),
    title             varchar(300)  not null,
    goal              varchar(2000) not null,
    tasks             varchar(4000),
    starts_on         date          not null,
    ends_on           date          not null,
    status            varchar(20)   not null,
    approved_on       date,
    mentee_evaluation varchar(4000),
    mentor_evaluation varchar(4000),
    end_reason        varchar(500),
    created_at        timestamptz   not null,
    version           bigint        not null default 0
);
create unique index programme_mentorship_uq on programme (mentorship_id) where status <> 'TERMINATED';
create index programme_organisation_idx on programme (organisation_id);

create table programme_activity (
    id              uuid primary key,
    programme_id    uuid          not null references programme (id),
    position        int           not null,
    need            varchar(200),
    title           varchar(500)  not null,
    form            varchar(200),
    due_on          date          not null,
    responsible     varchar(20)   not null,
    expected_result varchar(1000),
    report_form     varchar(300),
    done_on         date,
    result_note     varchar(2000),
    version         bigint        not null default 0
);
create index programme_activity_programme_idx on programme_activity (programme_id);

create table programme_evidence (
    id            uuid primary key,
    activity_id   uuid          not null references programme_activity (id),
    file_id       uuid references stored_file (id),
    url           varchar(1000),
    title         varchar(300)  not null,
    added_by      uuid          not null references person (id),
    added_at      timestamptz   not null
);
create index programme_evidence_activity_idx on programme_evidence (activity_id);

create table programme_meeting (
    id            uuid primary key,
    programme_id  uuid          not null references programme (id),
    held_on       date          not null,
    topic         varchar(500)  not null,
    outcome       varchar(2000),
    logged_by     uuid          not null references person (id),
    logged_at     timestamptz   not null
);
create index programme_meeting_programme_idx on programme_meeting (programme_id);
