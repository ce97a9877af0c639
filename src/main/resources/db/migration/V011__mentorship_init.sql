-- Pairs and groups (stage 5), the orders that make them legal (Labour Code art. 351.8) and the order register.
create table mentorship (
    id                 uuid primary key,
    organisation_id    uuid          not null references organisation (id),
    form               varchar(200)  not null,
    starts_on          date          not null,
    ends_on            date          not null,
    status             varchar(20)   not null,
    proposal_id        uuid,
    assignment_order_id uuid,
    ended_on           date,
    end_reason         varchar(500),
    end_initiator      varchar(20),
    notice_on          date,
    created_at         timestamptz   not null,
    version            bigint        not null default 0
);
create index mentorship_organisation_idx on mentorship (organisation_id);

-- Who is in a pair or group, and since/until when: changing a mentor closes one row and opens another.
create table mentorship_member (
    mentorship_id   uuid          not null references mentorship (id),
    person_id       uuid          not null references person (id),
    organisation_id uuid          not null references organisation (id),
    role            varchar(10)   not null,
    from_date       date          not null,
    to_date         date,
    left_reason     varchar(300)
);
create index mentorship_member_person_idx on mentorship_member (person_id);
create index mentorship_member_mentorship_idx on mentorship_member (mentorship_id);

-- The organisation's orders about mentorship; the number is given when the signed order is registered.
create table mentorship_order (
    id              uuid primary key,
    organisation_id uuid          not null references organisation (id),
    kind            varchar(30)   not null,
    title           varchar(500)  not null,
    status          varchar(20)   not null,
    number          varchar(40),
    order_date      date,
    order_year      int,
    scan_file_id    uuid references stored_file (id),
    created_at      timestamptz   not null,
    registered_at   timestamptz,
    version         bigint        not null default 0
);
-- numbering restarts each calendar year (ГОСТ Р 7.0.97 practice): unique within an organisation and a year
create unique index mentorship_order_number_uq on mentorship_order (organisation_id, order_year, number)
    where number is not null;

create table mentorship_order_item (
    order_id       uuid not null references mentorship_order (id),
    mentorship_id  uuid not null references mentorship (id),
    primary key (order_id, mentorship_id)
);
