-- The Regulation, the roadmap and the registered orders the curator chose to show in the public section (issue 18):
-- the text as generated when she chose, with names (every person named consented to distribution) or without them.
-- The name forms kept per person let a withdrawal of consent hide her at once (152-ФЗ art. 10.1(12)).
create table public_document (
    id              uuid          primary key,
    organisation_id uuid          not null references organisation (id),
    order_id        uuid          not null,
    part            varchar(20)   not null,
    title           varchar(500)  not null,
    order_number    varchar(100),
    order_date      date,
    mode            varchar(20)   not null,
    html            text          not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0,
    unique (order_id, part)
);
create index public_document_organisation_idx on public_document (organisation_id, mode);

create table public_document_person (
    document_id     uuid          not null references public_document (id) on delete cascade,
    person_id       uuid          not null,
    name_forms      text          not null,
    hidden          boolean       not null default false,
    primary key (document_id, person_id)
);
create index public_document_person_idx on public_document_person (person_id);
