-- Telegram and VK channels of an organisation's public section, the outbox of posts to them (one row per news item
-- and channel, written in the transaction that publishes the item), and the photos of news items.
create table publishing_channel (
    organisation_id uuid          not null references organisation (id),
    kind            varchar(20)   not null,
    enabled         boolean       not null,
    target          varchar(100)  not null,
    -- the bot's or community's token, AES-GCM (12-byte nonce, then the ciphertext); never shown back
    secret          bytea         not null,
    updated_at      timestamptz   not null,
    primary key (organisation_id, kind)
);

create table publishing_outbox (
    id              uuid          primary key,
    publication_id  uuid          not null references publication (id) on delete cascade,
    organisation_id uuid          not null,
    kind            varchar(20)   not null,
    status          varchar(20)   not null,
    attempts        integer       not null default 0,
    next_attempt_at timestamptz   not null,
    remote_chat     varchar(100),
    remote_id       varchar(100),
    remote_link     varchar(300),
    error           text,
    stale           varchar(20),
    created_at      timestamptz   not null,
    sent_at         timestamptz,
    updated_at      timestamptz   not null
);
-- a news item goes to a channel once: a second active row for the same pair is refused by the database
create unique index publishing_outbox_once on publishing_outbox (publication_id, kind)
    where status in ('PENDING', 'SENT', 'FAILED');
create index publishing_outbox_due on publishing_outbox (next_attempt_at) where status = 'PENDING';
create index publishing_outbox_sent on publishing_outbox (organisation_id, kind, sent_at) where status = 'SENT';

create table publication_photo (
    id              uuid          primary key,
    publication_id  uuid          not null references publication (id) on delete cascade,
    organisation_id uuid          not null,
    file_id         uuid          not null,
    content_type    varchar(50)   not null,
    width           integer       not null,
    height          integer       not null,
    position        integer       not null,
    created_at      timestamptz   not null
);
create index publication_photo_idx on publication_photo (publication_id, position);
