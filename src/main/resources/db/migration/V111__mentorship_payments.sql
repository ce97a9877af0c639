-- Mentoring payments (Labour Code art. 351.8; issue 17, item 4): the organisation's payment rules, each in force
-- from its date; the day a pair started work and its pauses, from which the days of active mentoring are counted.
create table mentorship_payment_rule (
    id              uuid primary key,
    organisation_id uuid           not null references organisation (id),
    valid_from      date           not null,
    kind            varchar(20)    not null,
    amount          numeric(12, 4) not null check (amount > 0),
    cap             numeric(12, 4) check (cap is null or cap > 0),
    created_by      varchar(200)   not null,
    created_at      timestamptz    not null,
    constraint mentorship_payment_rule_from_uq unique (organisation_id, valid_from)
);

alter table mentorship add column activated_on date;
-- pairs already at work: from their assignment order's date, or their own start if later
update mentorship m set activated_on = greatest(m.starts_on, coalesce(
        (select o.order_date from mentorship_order o where o.id = m.assignment_order_id), m.starts_on))
where m.status <> 'PLANNED';

create table mentorship_pause (
    mentorship_id uuid not null references mentorship (id),
    paused_on     date not null,
    resumed_on    date,
    primary key (mentorship_id, paused_on)
);
