-- An event registration gets a version, so that a change made on a registration read before someone else's change (her answer, her check-in, the organiser's attendance mark) is refused instead of silently overwriting it.
alter table event_registration add column version bigint not null default 0;
