-- The school's yearly system-level review of its mentorship by component (the 2021 recommendations' monitoring of the
-- system): the figures are computed when shown; what is kept is the curator's text for each component.
create table monitoring_system_review (
    id                     uuid primary key,
    organisation_id        uuid          not null references organisation (id),
    year_from              date          not null,
    organisation_management varchar(4000),
    normative_base         varchar(4000),
    methodical_support     varchar(4000),
    staff                  varchar(4000),
    contour                varchar(4000),
    satisfaction           varchar(4000),
    updated_on             date          not null,
    version                bigint        not null default 0
);
create unique index monitoring_system_review_uq on monitoring_system_review (organisation_id, year_from);
