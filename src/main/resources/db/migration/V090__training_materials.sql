-- Methodical materials (issue 15, item 1): files and links published by a school for itself or by a municipality or
-- region for every school below it; searched in Russian (ranked), each replaced file kept as an older version.
create table training_material (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    kind            varchar(10)   not null,
    title           varchar(300)  not null,
    description     varchar(4000),
    url             varchar(2000),
    author_name     varchar(300)  not null,
    published_by    uuid,
    published_on    date          not null,
    topic_titles    varchar(4000) not null default '',
    version         bigint        not null default 0,
    search          tsvector generated always as (
        setweight(to_tsvector('russian', title), 'A')
            || setweight(to_tsvector('russian', coalesce(topic_titles, '')), 'B')
            || setweight(to_tsvector('russian', coalesce(description, '')), 'C')) stored
);
create index training_material_organisation_idx on training_material (organisation_id, published_on desc);
create index training_material_search_idx on training_material using gin (search);

create table training_material_topic (
    material_id uuid         not null references training_material (id) on delete cascade,
    code        varchar(100) not null,
    title       varchar(300) not null,
    primary key (material_id, code)
);
create index training_material_topic_code_idx on training_material_topic (code);

create table training_material_audience (
    material_id uuid        not null references training_material (id) on delete cascade,
    audience    varchar(20) not null,
    primary key (material_id, audience)
);

-- every upload of a file material, the newest the current one; the older stay downloadable
create table training_material_file (
    material_id   uuid         not null references training_material (id) on delete cascade,
    number        int          not null,
    file_id       uuid         not null references stored_file (id),
    original_name varchar(255) not null,
    uploaded_at   timestamptz  not null,
    uploaded_by   varchar(300) not null,
    primary key (material_id, number)
);
