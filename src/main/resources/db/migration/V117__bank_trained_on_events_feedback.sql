-- Issue 15 item 2: a mentor's bank entry records the day she became trained (the mentor course completed, or a
-- curator's mark), which the bank shows. Item 3: an event's feedback questionnaire (a survey questionnaire, by id:
-- events is downstream of survey), sent by the organiser to those who attended.
alter table bank_mentor add column trained_on date;

create table event_feedback (
    event_id         uuid primary key references event (id),
    organisation_id  uuid        not null references organisation (id),
    questionnaire_id uuid        not null references survey_questionnaire (id),
    sent_at          timestamptz not null,
    sent_count       int         not null
);
