-- Comments on a programme by its pair and the curator.
create table programme_comment (
    id            uuid primary key,
    programme_id  uuid          not null references programme (id),
    author_name   varchar(300)  not null,
    author_role   varchar(20)   not null,
    text          varchar(2000) not null,
    created_at    timestamptz   not null
);
create index programme_comment_programme_idx on programme_comment (programme_id);
