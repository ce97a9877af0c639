-- A campaign's own figures (issue 16, item 7): what the region's form asks and no system can know (courses taken in
-- other organisations, publications in the press); defined by the methodologist, always typed by the school.
create table monitoring_campaign_own_figure (
    campaign_id uuid         not null references monitoring_campaign (id) on delete cascade,
    number      int          not null,
    title       varchar(300) not null,
    unit        varchar(20)  not null,
    hint        varchar(1000),
    primary key (campaign_id, number),
    constraint monitoring_campaign_own_figure_unit check (unit in ('COUNT', 'PERCENT'))
);

-- The school's values of them, number:numerator:base;…: as typed so far, and as last submitted.
alter table monitoring_campaign_submission add column own_typed varchar(8000);
alter table monitoring_campaign_submission add column own_submitted varchar(8000);
