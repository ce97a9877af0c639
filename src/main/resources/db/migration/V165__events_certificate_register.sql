-- The organiser's register of issued event certificates: a person's certificate of an event gets the organiser's
-- next number of the event's year once and keeps it, in the batch and in her own download alike (before, the
-- «Рег. №» was the event id's first digits and the name's place in the batch, so her own download read «…-001»).
create table event_certificate (
    event_id     uuid        not null references event (id) on delete cascade,
    person_id    uuid        not null,
    organiser_id uuid        not null references organisation (id),
    year         integer     not null,
    number       integer     not null check (number > 0),
    issued_at    timestamptz not null default now(),
    primary key (event_id, person_id),
    unique (organiser_id, year, number)
);
