-- The version of an organisation's suggestions for the needs, kept as a whole (one row per organisation): a save made on suggestions read before someone else's save or reset is refused instead of silently undoing it.
create table programme_need_template_set (
    organisation_id uuid        primary key references organisation (id),
    updated_at      timestamptz not null,
    version         bigint      not null default 0
);
