-- An agenda line may be a pair presenting its practice (issue 15, item 3): the practice named by id (practices is
-- upstream of events, so no foreign key across the modules' tables).
alter table event_agenda_item add column practice_id uuid;
