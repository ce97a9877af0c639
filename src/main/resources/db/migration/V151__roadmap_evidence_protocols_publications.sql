-- Roadmap evidence beyond orders (issue 17): an activity may also be shown done by a held event's protocol (events) or
-- by a published item of the school's site (publishing); exactly one source per evidence document, as before.
alter table roadmap_evidence_document add column event_id uuid references event (id) on delete cascade;
alter table roadmap_evidence_document add column publication_id uuid references publication (id) on delete cascade;
alter table roadmap_evidence_document drop constraint roadmap_evidence_document_source_ck;
alter table roadmap_evidence_document add constraint roadmap_evidence_document_source_ck
    check (num_nonnulls(stored_file_id, order_id, event_id, publication_id) = 1);
