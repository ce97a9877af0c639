-- A roadmap activity's evidence beyond what the modules report (issue 17, item 1): a document the curator uploads
-- (its title, date and file, kept by the file store) or a registered order the system already holds. It shows on the
-- activity, counts as evidence and goes into the inspection package with its index.
create table roadmap_evidence_document (
    id              uuid primary key,
    activity_id     uuid         not null references roadmap_activity (id) on delete cascade,
    organisation_id uuid         not null references organisation (id),
    title           varchar(300) not null,
    document_date   date         not null,
    stored_file_id  uuid references stored_file (id),
    file_name       varchar(255),
    order_id        uuid references mentorship_order (id),
    added_by        varchar(200) not null,
    added_at        timestamptz  not null,
    constraint roadmap_evidence_document_source_ck check ((stored_file_id is null) <> (order_id is null))
);

create index roadmap_evidence_document_activity_ix on roadmap_evidence_document (activity_id);
create index roadmap_evidence_document_organisation_ix on roadmap_evidence_document (organisation_id, document_date);
