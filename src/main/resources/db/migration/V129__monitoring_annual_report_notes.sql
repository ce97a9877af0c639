-- The sections of a school's annual analytic report that the curator writes herself (problems, next year's tasks,
-- free text), one row per school and school year (year = the calendar year the school year starts in).
create table monitoring_annual_report_notes (
    organisation_id uuid        not null references organisation (id),
    school_year     integer     not null check (school_year between 2000 and 2100),
    problems        text        not null default '',
    tasks           text        not null default '',
    free_text       text        not null default '',
    updated_by      varchar(200) not null,
    updated_at      timestamptz not null,
    primary key (organisation_id, school_year)
);
