-- A programme completed before its planned end or with activities undone keeps the day and the curator's reason.
alter table programme add column completed_on date;
alter table programme add column completion_note varchar(1000);
