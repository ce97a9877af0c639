-- A round table's decisions on practices of the organiser's library: «признать лучшими», «рекомендовать на
-- уровень выше». The practice is named by id only (another module's record: no foreign key).
create table event_decision (
    id              uuid primary key,
    event_id        uuid        not null references event (id) on delete cascade,
    organisation_id uuid        not null references organisation (id),
    kind            varchar(30) not null,
    practice_id     uuid        not null,
    recorded_at     timestamptz not null
);
create unique index event_decision_uq on event_decision (event_id, kind, practice_id);
create index event_decision_event_idx on event_decision (event_id);
