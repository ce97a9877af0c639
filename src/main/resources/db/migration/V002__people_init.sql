-- The staff registry (педагогические работники) of each organisation.
create table person (
    id                      uuid primary key,
    organisation_id         uuid         not null references organisation (id),
    last_name               varchar(100) not null,
    first_name              varchar(100) not null,
    middle_name             varchar(100),
    gender                  varchar(10)  not null check (gender in ('MALE', 'FEMALE')),
    birth_date              date,
    personnel_number        varchar(50),
    positions               text[]       not null default '{}',
    subjects                text[]       not null default '{}',
    total_experience_years  int check (total_experience_years between 0 and 80),
    teaching_experience_years int check (teaching_experience_years between 0 and 80),
    qualification_category  varchar(40)  not null default 'NONE',
    education               varchar(1000),
    hired_on                date,
    email                   varchar(320),
    phone                   varchar(50),
    archived_at             timestamptz,
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 bigint       not null default 0
);
create index person_organisation_idx on person (organisation_id, last_name, first_name);
create index person_search_idx on person (organisation_id, lower(last_name));
