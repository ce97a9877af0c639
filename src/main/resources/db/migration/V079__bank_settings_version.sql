-- Bank settings get a version, so that a save made on settings read before someone else's save is refused instead of silently undoing it.
alter table bank_settings add column version bigint not null default 0;
