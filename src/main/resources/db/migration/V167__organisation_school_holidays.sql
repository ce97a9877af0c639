-- The pupils' holidays of an organisation's school year (календарный учебный график): periods from..to, separated by
-- commas (2026-10-24..2026-11-01,2026-12-31..2027-01-11); null: those of the organisation above it, or the system's.
alter table organisation add column school_holidays text;
