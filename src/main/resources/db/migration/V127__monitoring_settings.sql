-- An organisation's own monitoring settings; a school without a row takes its municipality's, then its region's, then
-- the defaults (MonitoringSettings.DEFAULTS). The checks repeat the ranges the value object guards.
create table monitoring_settings (
    organisation_id          uuid primary key references organisation (id),
    young_max_age            int not null check (young_max_age between 25 and 40),
    young_max_teaching_years int not null check (young_max_teaching_years between 1 and 10),
    quiet_days               int not null check (quiet_days between 7 and 90),
    escalation_days          int not null check (escalation_days between 1 and 90),
    version                  bigint not null default 0
);
