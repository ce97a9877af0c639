-- Consents: one row per person, purpose and consent; at most one open (requested or given) per purpose.
create table consent (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    person_id         uuid        not null references person (id),
    purpose           varchar(30) not null check (purpose in ('PERSONAL_DATA', 'MENTORING_DUTIES', 'SHARED_BANK', 'PUBLICATION')),
    status            varchar(20) not null check (status in ('REQUESTED', 'GIVEN', 'WITHDRAWN', 'EXPIRED')),
    text_version      varchar(60) not null,
    requested_at      timestamptz not null,
    given_on          date,
    valid_until       date,
    withdrawn_on      date,
    withdrawal_reason varchar(1000),
    scan_file_id      uuid references stored_file (id),
    published_items   text[]      not null default '{}',
    created_at        timestamptz not null default now(),
    version           bigint      not null default 0
);
create index consent_organisation_idx on consent (organisation_id, purpose, status);
create index consent_person_idx on consent (person_id);
create unique index consent_open_uq on consent (person_id, purpose) where status in ('REQUESTED', 'GIVEN');

-- Per organisation: how long the data of a person who withdrew is kept before it is anonymised.
create table consent_settings (
    organisation_id uuid primary key references organisation (id),
    retention_days  int not null default 30 check (retention_days between 0 and 3650)
);
