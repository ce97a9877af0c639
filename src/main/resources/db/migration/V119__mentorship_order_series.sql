-- The order register's series (issue 17, item 5): numbering restarts each calendar year, and each kind of order
-- has its own suffix, as a school's register keeps («12-о» for core orders, «3-к» for personnel ones).
create table mentorship_order_series (
    organisation_id uuid        not null references organisation (id),
    kind            varchar(30) not null,
    suffix          varchar(10) not null,
    primary key (organisation_id, kind)
);
