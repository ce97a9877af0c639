-- The public «Наставничество» section (roadmap stage 7): each organisation's chosen address, its news with every
-- change kept, and the people each item names (152-ФЗ art. 10.1: a name is published only with consent to distribution).
create table publishing_site (
    organisation_id uuid         primary key references organisation (id),
    slug            varchar(40)  not null unique,
    updated_at      timestamptz  not null,
    version         bigint       not null default 0
);

create table publication (
    id              uuid          primary key,
    organisation_id uuid          not null references organisation (id),
    title           varchar(300)  not null,
    body            text          not null,
    status          varchar(20)   not null,
    source_kind     varchar(20)   not null,
    source_id       uuid,
    scheduled_at    timestamptz,
    published_at    timestamptz,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create index publication_organisation_idx on publication (organisation_id, status, published_at desc);
create index publication_due_idx on publication (scheduled_at) where status = 'SCHEDULED';

create table publication_person (
    publication_id  uuid          not null references publication (id) on delete cascade,
    person_id       uuid          not null,
    shown_name      varchar(300)  not null,
    hidden          boolean       not null default false,
    primary key (publication_id, person_id)
);
create index publication_person_idx on publication_person (person_id);

create table publication_revision (
    id              uuid          primary key,
    publication_id  uuid          not null references publication (id) on delete cascade,
    organisation_id uuid          not null,
    at              timestamptz   not null,
    by_name         varchar(300)  not null,
    action          varchar(30)   not null,
    title           varchar(300)  not null,
    body            text          not null
);
create index publication_revision_idx on publication_revision (publication_id, at);
