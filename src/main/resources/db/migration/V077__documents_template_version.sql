-- Document templates get a version, and a reset to the built-in one keeps the row (no file) so that the version goes on counting: an upload made on a template read before someone else's upload or reset is refused instead of silently replacing it.
alter table document_template add column version bigint not null default 0;
alter table document_template alter column file_id drop not null;
