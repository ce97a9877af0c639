-- Stored files (signed scans, uploaded templates, generated documents), kept on disk or S3; metadata here.
create table stored_file (
    id              uuid primary key,
    organisation_id uuid         not null references organisation (id),
    purpose         varchar(40)  not null,
    original_name   varchar(255) not null,
    content_type    varchar(100) not null,
    size_bytes      bigint       not null,
    sha256          varchar(64)  not null,
    storage_key     varchar(300) not null unique,
    created_at      timestamptz  not null default now(),
    created_by      uuid
);
create index stored_file_organisation_idx on stored_file (organisation_id);

-- An organisation's own versions of the built-in document templates (its letterhead and wording).
create table document_template (
    organisation_id uuid        not null references organisation (id),
    kind            varchar(60) not null,
    file_id         uuid        not null references stored_file (id),
    uploaded_at     timestamptz not null default now(),
    uploaded_by     uuid,
    primary key (organisation_id, kind)
);
