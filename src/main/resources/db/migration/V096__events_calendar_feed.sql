-- A personal calendar feed per user: the address carries a random token, of which only the SHA-256 is kept; revoked feeds stay as a record.
create table calendar_feed (
    id          uuid primary key,
    user_id     uuid        not null references app_user (id),
    token_hash  varchar(64) not null,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create unique index calendar_feed_token_uq on calendar_feed (token_hash);
create unique index calendar_feed_active_uq on calendar_feed (user_id) where revoked_at is null;
