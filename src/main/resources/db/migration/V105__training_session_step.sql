-- A mentor course step may be a session (issue 15 items 2–3): it names an event of the events module by id, without
-- a foreign key (training is upstream of events); attendance recorded at the event completes the step.
alter table training_mentor_course_step add column event_id uuid;
create index training_mentor_course_step_event_idx on training_mentor_course_step (event_id) where event_id is not null;
