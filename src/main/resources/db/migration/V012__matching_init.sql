-- Matching runs (stage 4): the proposals with their scores and explanations, those left without a mentor and
-- why, the optimality certificate, and the pins and exclusions a curator keeps between runs.
create table matching_run (
    id                uuid primary key,
    organisation_id   uuid          not null references organisation (id),
    created_at        timestamptz   not null,
    weights           varchar(200)  not null,
    mentees           int           not null,
    mentors           int           not null,
    admissible_pairs  bigint        not null,
    candidate_edges   bigint        not null,
    pricing_rounds    int           not null,
    total_score       bigint        not null,
    dual_bound        bigint        not null,
    greedy_total      bigint        not null,
    certificate_valid boolean       not null,
    certificate       text          not null,
    solve_millis      int           not null
);
create index matching_run_organisation_idx on matching_run (organisation_id, created_at);

create table matching_proposal (
    id               uuid primary key,
    run_id           uuid          not null references matching_run (id),
    organisation_id  uuid          not null references organisation (id),
    mentee_id        uuid          not null references person (id),
    mentor_id        uuid          not null references person (id),
    score            int           not null,
    explanation      varchar(400)  not null,
    alternatives     text          not null,
    pinned           boolean       not null default false,
    status           varchar(20)   not null,
    decided_at       timestamptz,
    version          bigint        not null default 0
);
create index matching_proposal_run_idx on matching_proposal (run_id);

create table matching_unmatched (
    run_id           uuid          not null references matching_run (id),
    mentee_id        uuid          not null references person (id),
    reason           varchar(30)   not null,
    primary key (run_id, mentee_id)
);

create table matching_decision (
    id               uuid primary key,
    organisation_id  uuid          not null references organisation (id),
    mentee_id        uuid          not null references person (id),
    mentor_id        uuid          not null references person (id),
    kind             varchar(10)   not null,
    created_at       timestamptz   not null
);
create unique index matching_decision_pair_uq on matching_decision (organisation_id, mentee_id, mentor_id);
