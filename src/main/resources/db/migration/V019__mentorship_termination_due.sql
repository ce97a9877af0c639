-- An early end announced ahead (the employer's notice of at least three working days, Labour Code art. 351.8): the
-- pair goes on, its places taken, until the day comes; then it ends. And the pins a run could not keep.
alter table mentorship add column termination_due_on date;
create index mentorship_termination_due_idx on mentorship (termination_due_on) where termination_due_on is not null;
alter table matching_run add column skipped_pins text not null default '';
