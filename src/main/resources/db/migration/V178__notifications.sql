-- In-app notifications: a copy of every letter the system writes to an account's address (or to the address on the
-- staff record linked to the account), kept whether or not the installation sends mail.
create table notification (
    id          uuid primary key,
    user_id     uuid not null references app_user (id) on delete cascade,
    subject     varchar(300) not null,
    body        text not null,
    link        varchar(1000),
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notification_user_created on notification (user_id, created_at desc);
create index notification_user_unread on notification (user_id) where read_at is null;
