-- Reminders before an activity's deadline go out once; this is when.
alter table programme_activity add column reminded_on date;
