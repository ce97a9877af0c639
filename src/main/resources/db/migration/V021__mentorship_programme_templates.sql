-- Programme templates an organisation edits for itself; without its own rows the shipped defaults (code) apply.
create table programme_template (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    category        varchar(40)   not null,
    goal            varchar(2000) not null,
    updated_at      timestamptz   not null,
    version         bigint        not null default 0
);
create unique index programme_template_category_uq on programme_template (organisation_id, category);

create table programme_template_activity (
    template_id     uuid          not null references programme_template (id) on delete cascade,
    position        int           not null,
    title           varchar(500)  not null,
    form            varchar(200),
    timing          varchar(20)   not null,
    offset_days     int,
    responsible     varchar(20)   not null,
    expected_result varchar(1000),
    evidence        varchar(300),
    primary key (template_id, position)
);

create table programme_need_template (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    need_code       varchar(60)   not null,
    title           varchar(500),
    form            varchar(200),
    expected_result varchar(1000),
    updated_at      timestamptz   not null
);
create unique index programme_need_template_code_uq on programme_need_template (organisation_id, need_code);
