-- The partial unique index (status <> 'TERMINATED') cannot serve a join on every programme of a pair, which the
-- pair-health board and the indicators make for each working pair: measured 6.5 ms -> 0.2 ms per pair on a
-- region's data (EXPLAIN ANALYZE, 10,000 pairs).
create index programme_mentorship_idx on programme (mentorship_id);
