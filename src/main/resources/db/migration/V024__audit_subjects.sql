-- A list view, an export or an import is one audit record naming everyone it showed or touched (it was one row
-- per person: a school's afternoon of list views wrote millions of rows). Who saw whom is still answerable: the
-- subject access request and the log's filter by person search this array too.
alter table audit_entry add column subject_ids uuid[];
create index audit_entry_subject_ids_idx on audit_entry using gin (subject_ids);
