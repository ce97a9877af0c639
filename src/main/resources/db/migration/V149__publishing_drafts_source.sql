-- A draft the system writes from what happened is written once per source (an order registered, a programme
-- completed): the listener is re-delivered after a crash, and a second delivery must not draft it again.
create index publication_source on publication (organisation_id, source_kind, source_id);
