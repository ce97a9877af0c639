-- Practices go up the hierarchy (school → municipality → region), carry the sections of the federal contest
-- «Наставничество», their authors' consent to distribution and their history, and are searched in Russian
-- (ranked) in the municipal and regional libraries.
alter table practice
    add column problem                      varchar(8000),
    add column goals                        varchar(8000),
    add column content                      varchar(8000),
    add column results                      varchar(8000),
    add column materials                    varchar(8000),
    add column level                        varchar(20),
    add column pending_level                varchar(20),
    add column pending_organisation_id      uuid references organisation (id),
    add column return_comment               varchar(1000),
    add column distribution_consent_on      date,
    add column distribution_consent_by      uuid,
    add column distribution_consent_by_name varchar(300),
    add column search tsvector generated always as (
        setweight(to_tsvector('russian', title), 'A')
            || setweight(to_tsvector('russian', coalesce(summary, '') || ' ' || coalesce(problem, '') || ' '
                || coalesce(goals, '')), 'B')
            || setweight(to_tsvector('russian', coalesce(content, '') || ' ' || coalesce(results, '') || ' '
                || coalesce(materials, '')), 'C')) stored;
update practice set level = 'SCHOOL' where status = 'ACCEPTED';
create index practice_search_idx on practice using gin (search);
create index practice_pending_idx on practice (pending_organisation_id) where pending_organisation_id is not null;

create table practice_step (
    practice_id     uuid         not null references practice (id) on delete cascade,
    position        int          not null,
    at              timestamptz  not null,
    kind            varchar(30)  not null,
    level           varchar(20)  not null,
    organisation_id uuid         not null references organisation (id),
    actor           varchar(300),
    event_id        uuid,
    comment         varchar(1000),
    primary key (practice_id, position)
);
