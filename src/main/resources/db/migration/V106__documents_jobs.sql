-- Batches of documents printed in the background (a school's consent forms, an event's certificates) share one
-- table: the job, its progress and its file live in the database, so a batch started on one node is followed and
-- downloaded from another. It replaces consent_form_job, whose rows are only hour-long downloads.
create table document_job (
    id               uuid primary key,
    owner_id         uuid         not null,
    organisation_id  uuid         not null,
    kind             varchar(50)  not null,
    subject          varchar(100),
    total            integer      not null,
    done             integer      not null default 0,
    status           varchar(20)  not null,
    error_key        varchar(100),
    failed_key       varchar(100) not null,
    interrupted_key  varchar(100) not null,
    file_name        varchar(300),
    content_type     varchar(200),
    content          bytea,
    created_at       timestamptz  not null default now(),
    heartbeat_at     timestamptz  not null default now()
);
create index document_job_owner_idx on document_job (owner_id, kind, status);
drop table consent_form_job;
