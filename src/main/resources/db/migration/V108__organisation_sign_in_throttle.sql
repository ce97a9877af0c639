-- The sign-in throttle counted failures in each node's memory: a flood spread by a balancer over several nodes
-- got each node's free attempts. The counts and each account's recent sign-in addresses are shared here.
create table sign_in_failure (
    -- P: an account from one address; A: an address across accounts; U: an account across addresses
    scope     char(1)     not null check (scope in ('P', 'A', 'U')),
    subject   text        not null,
    failures  integer     not null,
    last_at   timestamptz not null,
    primary key (scope, subject)
);
-- failures forgotten after an hour of quiet are deleted by the purge
create index sign_in_failure_last_at on sign_in_failure (last_at);

-- the addresses an account signed in from lately (the last five): a flood from elsewhere does not keep her out
create table sign_in_known_address (
    account      text        not null,
    address      text        not null,
    signed_in_at timestamptz not null,
    primary key (account, address)
);
