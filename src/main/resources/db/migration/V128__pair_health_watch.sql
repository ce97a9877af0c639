-- The health each active pair had at the last watch (monitoring.HealthWatch): a curator is told once per worsening,
-- and a pair at risk since at_risk_since for the school's escalation days flags its school to the levels above.
create table pair_health_watch (
    mentorship_id   uuid primary key references mentorship (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    health          text not null check (health in ('ON_TRACK', 'NEEDS_ATTENTION', 'AT_RISK')),
    changed_on      date not null,
    worsened_on     date,
    at_risk_since   date
);
create index pair_health_watch_organisation on pair_health_watch (organisation_id, health);
