-- Events of the programme (установочные сессии, семинары, конференции, круглые столы …) organised by a school,
-- a municipality or a region: invitations, registrations with a waiting list, attendance.
create table event_kind (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    title           varchar(200) not null,
    created_at      timestamptz  not null
);
create unique index event_kind_title_uq on event_kind (organisation_id, lower(title));

create table event (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    kind            varchar(30)   not null,
    custom_kind_id  uuid references event_kind (id),
    custom_kind     varchar(200),
    title           varchar(300)  not null,
    description     varchar(4000),
    starts_at       timestamptz   not null,
    ends_at         timestamptz   not null,
    time_zone       varchar(64)   not null,
    place           varchar(500),
    online_link     varchar(1000),
    capacity        int,
    status          varchar(20)   not null,
    sequence        int           not null default 0,
    checkin_code    varchar(12)   not null,
    created_at      timestamptz   not null,
    version         bigint        not null default 0,
    constraint event_ends_after_start check (ends_at > starts_at),
    constraint event_capacity_positive check (capacity is null or capacity > 0)
);
create index event_organisation_idx on event (organisation_id, starts_at);

create table event_school (
    event_id        uuid not null references event (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    primary key (event_id, organisation_id)
);
create index event_school_organisation_idx on event_school (organisation_id);

create table event_person (
    event_id  uuid not null references event (id) on delete cascade,
    person_id uuid not null references person (id),
    primary key (event_id, person_id)
);
create index event_person_person_idx on event_person (person_id);

create table event_agenda_item (
    event_id          uuid         not null references event (id) on delete cascade,
    position          int          not null,
    starts_at         time,
    topic             varchar(500) not null,
    speaker_person_id uuid references person (id),
    speaker_text      varchar(300),
    primary key (event_id, position)
);

create table event_registration (
    id              uuid primary key,
    event_id        uuid        not null references event (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    person_id       uuid        not null references person (id),
    status          varchar(20) not null,
    registered_at   timestamptz not null,
    changed_at      timestamptz not null,
    attended        boolean     not null default false,
    attended_at     timestamptz,
    self_checked_in boolean     not null default false
);
create unique index event_registration_person_uq on event_registration (event_id, person_id);
create index event_registration_organisation_idx on event_registration (organisation_id);
create index event_registration_person_idx on event_registration (person_id);
