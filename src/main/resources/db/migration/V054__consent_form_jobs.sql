-- Batches of consent forms were tracked in one node's memory and lost on restart: kept here with their progress,
-- so that a batch started on one node is followed and downloaded from another, and one cut off by a restart is
-- seen as failed (its heartbeat stops) instead of running forever.
create table consent_form_job (
    id              uuid primary key,
    owner_id        uuid         not null,
    organisation_id uuid         not null,
    total           integer      not null,
    done            integer      not null default 0,
    status          varchar(20)  not null,
    error_key       varchar(100),
    file_name       varchar(300),
    content_type    varchar(200),
    content         bytea,
    created_at      timestamptz  not null default now(),
    heartbeat_at    timestamptz  not null default now()
);
create index consent_form_job_owner_idx on consent_form_job (owner_id, status);
