-- The region's own form for a campaign's roll-up (issue 16, item 7): its XLSX template and which cell or column takes
-- which indicator, one row per school from a start row or a sheet per school; the roll-up is produced in that layout.
create table monitoring_campaign_form (
    campaign_id     uuid          primary key references monitoring_campaign (id) on delete cascade,
    organisation_id uuid          not null references organisation (id),
    file_name       varchar(300)  not null,
    content         bytea         not null,
    layout          varchar(10)   not null,
    start_row       int,
    mapping         varchar(8000) not null,
    uploaded_at     timestamptz   not null
);
