-- The tenant tree (region → municipality → organisation), its users, their roles and personal API tokens.
create table organisation (
    id          uuid primary key,
    parent_id   uuid references organisation (id),
    kind        varchar(20)  not null check (kind in ('REGION', 'MUNICIPALITY', 'ORGANISATION')),
    name        varchar(500) not null,
    short_name  varchar(200) not null,
    time_zone   varchar(60)  not null default 'Europe/Moscow',
    created_at  timestamptz  not null default now(),
    version     bigint       not null default 0
);
create index organisation_parent_idx on organisation (parent_id);
create unique index organisation_name_per_parent_uq on organisation (coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), lower(name));

create table app_user (
    id                  uuid primary key,
    username            varchar(100) not null,
    full_name           varchar(300) not null,
    email               varchar(320),
    password_hash       varchar(200) not null,
    enabled             boolean      not null default true,
    failed_logins       int          not null default 0,
    locked_until        timestamptz,
    password_changed_at timestamptz  not null default now(),
    created_at          timestamptz  not null default now(),
    version             bigint       not null default 0
);
create unique index app_user_username_uq on app_user (lower(username));

create table user_role (
    user_id         uuid        not null references app_user (id) on delete cascade,
    role            varchar(40) not null,
    organisation_id uuid references organisation (id)
);
create unique index user_role_uq on user_role (user_id, role, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'::uuid));
create index user_role_organisation_idx on user_role (organisation_id);

create table api_token (
    id           uuid primary key,
    user_id      uuid         not null references app_user (id) on delete cascade,
    name         varchar(200) not null,
    token_hash   varchar(64)  not null unique,
    created_at   timestamptz  not null default now(),
    expires_at   timestamptz,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user_idx on api_token (user_id);
