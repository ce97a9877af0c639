-- Wishes (stage 4): a mentee may choose her mentor among the candidates, as the regulations allow, and the curator
-- records the wishes either side expressed; a wished pair scores higher, it is not imposed.
create table matching_wish (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    mentee_id        uuid          not null references person (id),
    mentor_id        uuid          not null references person (id),
    side             varchar(10)   not null,
    created_at       timestamptz   not null
);
create unique index matching_wish_uq on matching_wish (organisation_id, mentee_id, mentor_id, side);
create index matching_wish_mentee_idx on matching_wish (mentee_id);
