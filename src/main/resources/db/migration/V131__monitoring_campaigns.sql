-- A municipality's or region's monitoring campaign (issue 16, item 7): by an order, over a period, with a fixed set
-- of indicators and a deadline; each school below submits once (returned: again), with the figures it reviewed.
create table monitoring_campaign (
    id              uuid          primary key,
    organisation_id uuid          not null references organisation (id),
    title           varchar(500)  not null,
    period_from     date          not null,
    period_to       date          not null,
    deadline        date          not null,
    order_number    varchar(100)  not null,
    order_date      date          not null,
    indicators      varchar(2000) not null,
    status          varchar(20)   not null,
    opened_by       varchar(300)  not null,
    opened_at       timestamptz   not null,
    closed_at       timestamptz,
    version         bigint        not null default 0,
    constraint monitoring_campaign_period check (period_to >= period_from)
);
create index monitoring_campaign_organisation_idx on monitoring_campaign (organisation_id);

create table monitoring_campaign_submission (
    id              uuid          primary key,
    campaign_id     uuid          not null references monitoring_campaign (id) on delete cascade,
    organisation_id uuid          not null references organisation (id),
    status          varchar(20)   not null,
    figures         varchar(20000),
    manual          varchar(8000),
    comment         varchar(4000),
    return_comment  varchar(2000),
    submitted_at    timestamptz,
    submitted_by    varchar(300),
    reminded_at     timestamptz,
    reminders       int           not null default 0,
    version         bigint        not null default 0,
    constraint monitoring_campaign_submission_once unique (campaign_id, organisation_id)
);
create index monitoring_campaign_submission_school_idx on monitoring_campaign_submission (organisation_id);
