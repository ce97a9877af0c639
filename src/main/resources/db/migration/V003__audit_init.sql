-- The append-only log of every read and change of personal data (152-ФЗ: processing must be accountable).
create table audit_entry (
    id              bigserial primary key,
    organisation_id uuid,
    occurred_at     timestamptz  not null default now(),
    actor_id        uuid,
    actor_name      varchar(300) not null,
    remote_address  varchar(100),
    action          varchar(30)  not null,
    subject_type    varchar(60)  not null,
    subject_id      uuid,
    details         varchar(2000)
);
create index audit_entry_organisation_idx on audit_entry (organisation_id, occurred_at desc);
create index audit_entry_subject_idx on audit_entry (subject_id);

-- Append-only is enforced by the database itself, not only by the application.
create function audit_entry_forbid_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_forbid_change();
