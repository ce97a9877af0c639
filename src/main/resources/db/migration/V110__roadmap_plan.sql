-- The roadmap as the school's working plan (issue 17, item 1): one plan per organisation and school year, its
-- activities by stage with deadline, responsible person and a manual status override; and the milestones the
-- other modules reported (an order registered, a questionnaire closed, an event held), from which the activities'
-- statuses are derived.
create table roadmap_plan (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    school_year     int           not null,
    template        boolean       not null default false,
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint roadmap_plan_year_uq unique (organisation_id, school_year)
);

create table roadmap_activity (
    id                    uuid primary key,
    plan_id               uuid          not null references roadmap_plan (id) on delete cascade,
    stage                 int           not null check (stage between 1 and 7),
    position              int           not null,
    content               varchar(1000) not null,
    milestone             varchar(40),
    deadline              date,
    responsible_person_id uuid references person (id),
    override_status       varchar(20),
    override_comment      varchar(1000),
    override_by           varchar(200),
    override_at           timestamptz,
    version               bigint        not null default 0
);
create index roadmap_activity_plan_idx on roadmap_activity (plan_id, stage, position);

create table roadmap_milestone (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    milestone       varchar(40)   not null,
    reached_at      timestamptz   not null,
    school_year     int           not null,
    evidence_kind   varchar(20)   not null,
    evidence_id     uuid          not null,
    evidence_label  varchar(200),
    -- one record per piece of evidence and school year: an event redelivered after a crash does not count twice
    constraint roadmap_milestone_evidence_uq unique (organisation_id, milestone, evidence_kind, evidence_id, school_year)
);
create index roadmap_milestone_organisation_idx on roadmap_milestone (organisation_id, milestone, reached_at);

-- The school year a date belongs to, named by the year it starts in (September–August).
create function school_year_of(d date) returns int language sql immutable as
$$ select extract(year from d)::int - case when extract(month from d) < 9 then 1 else 0 end $$;

-- What happened before the plan existed counts too: registered orders, closed questionnaires, held events.
insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id,
                               evidence_label)
select gen_random_uuid(), organisation_id,
       case kind when 'REGULATION' then 'REGULATION_APPROVED' when 'ASSIGNMENT' then 'PAIRS_ASSIGNED'
                 else 'PROGRAMMES_APPROVED' end,
       coalesce(order_date::timestamp at time zone 'UTC', registered_at),
       school_year_of(coalesce(order_date, (registered_at at time zone 'UTC')::date)), 'ORDER', id,
       '№ ' || number || coalesce(' от ' || to_char(order_date, 'DD.MM.YYYY'), '')
from mentorship_order
where status = 'REGISTERED' and kind in ('REGULATION', 'ASSIGNMENT', 'PROGRAMME_APPROVAL');

insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id)
select gen_random_uuid(), organisation_id,
       case purpose when 'NEEDS' then 'NEEDS_SURVEY_CLOSED' when 'POTENTIAL_MENTOR' then 'MENTOR_SURVEY_CLOSED'
                    else 'SATISFACTION_SURVEY_CLOSED' end,
       closed_at, school_year_of((closed_at at time zone 'UTC')::date), 'QUESTIONNAIRE', id
from survey_questionnaire
where status = 'CLOSED' and closed_at is not null
  and purpose in ('NEEDS', 'POTENTIAL_MENTOR', 'SATISFACTION_MENTOR', 'SATISFACTION_MENTEE');

insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id)
select gen_random_uuid(), organisation_id,
       case kind when 'ROUND_TABLE' then 'ROUND_TABLE_HELD' when 'CONFERENCE' then 'CONFERENCE_HELD'
                 when 'SEMINAR' then 'CONFERENCE_HELD' else 'SESSION_HELD' end,
       starts_at, school_year_of((starts_at at time zone 'UTC')::date), 'EVENT', id
from event
where status = 'HELD' and kind in ('ROUND_TABLE', 'CONFERENCE', 'SEMINAR', 'INSTALLATION_SESSION', 'CONSULTATION');

insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id)
select gen_random_uuid(), organisation_id, 'MENTEE_BANK_FORMED', entered_on::timestamp at time zone 'UTC',
       school_year_of(entered_on), 'MENTEE', person_id
from bank_mentee
on conflict do nothing;

insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id)
select gen_random_uuid(), organisation_id, 'MENTOR_BANK_FORMED', entered_on::timestamp at time zone 'UTC',
       school_year_of(entered_on), 'MENTOR', person_id
from bank_mentor
on conflict do nothing;

drop function school_year_of(date);
