-- The best-practice library: proposals from the school's work (a completed programme, at most one per source).
create table practice (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    title            varchar(300)  not null,
    summary          varchar(8000) not null,
    source_kind      varchar(20)   not null,
    source_id        uuid          not null,
    status           varchar(20)   not null,
    rejection_reason varchar(1000),
    proposed_at      timestamptz   not null,
    decided_at       timestamptz,
    version          bigint        not null default 0
);
create unique index practice_source_uq on practice (source_kind, source_id);
create index practice_organisation_idx on practice (organisation_id);

create table practice_author (
    practice_id uuid not null references practice (id) on delete cascade,
    position    int  not null,
    person_id   uuid not null references person (id),
    primary key (practice_id, position)
);
