-- The payment term of each pair, as its mentor's supplementary agreement states it (Labour Code art. 351.8; issue 17,
-- item 4): one of the organisation's payment rules, from a date. A change is a new row from its date; earlier rows stay,
-- so the periods already paid are calculated as they were.
create table mentorship_payment_term (
    id              uuid primary key,
    mentorship_id   uuid         not null references mentorship (id),
    organisation_id uuid         not null references organisation (id),
    rule_id         uuid         not null references mentorship_payment_rule (id),
    valid_from      date         not null,
    created_by      varchar(200) not null,
    created_at      timestamptz  not null,
    constraint mentorship_payment_term_from_uq unique (mentorship_id, valid_from)
);

create index mentorship_payment_term_organisation_ix on mentorship_payment_term (organisation_id);
