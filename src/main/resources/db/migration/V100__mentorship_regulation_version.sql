-- The Regulation keeps its versions (issue 17): each version is approved by its own order, never twice; the current one is the latest approved.
create table mentorship_regulation_version (
    id                uuid primary key,
    organisation_id   uuid        not null references organisation (id),
    number            int         not null,
    created_at        timestamptz not null,
    approval_order_id uuid references mentorship_order (id),
    approved_number   varchar(40),
    approved_on       date,
    -- the appendices as approved: the signed text stays as it was when settings or templates change later
    regulation_file_id uuid references stored_file (id),
    roadmap_file_id    uuid references stored_file (id),
    version           bigint      not null default 0,
    unique (organisation_id, number)
);

alter table mentorship_order add column regulation_version_id uuid references mentorship_regulation_version (id);

-- every approval order issued so far was a version of its own, approved if the order was registered
insert into mentorship_regulation_version (id, organisation_id, number, created_at, approval_order_id, approved_number,
        approved_on)
select id, organisation_id, row_number() over (partition by organisation_id order by created_at, id), created_at,
       case when status = 'REGISTERED' then id end, case when status = 'REGISTERED' then number end,
       case when status = 'REGISTERED' then order_date end
from mentorship_order where kind = 'REGULATION';

update mentorship_order set regulation_version_id = id where kind = 'REGULATION';
