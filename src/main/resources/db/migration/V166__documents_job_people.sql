-- A batch's file holds the personal data of the people it was made for: its download is recorded in the log naming
-- them (152-ФЗ: every read of personal data), with the log's text for it.
alter table document_job add column people uuid[] not null default '{}';
alter table document_job add column downloaded varchar(200);
