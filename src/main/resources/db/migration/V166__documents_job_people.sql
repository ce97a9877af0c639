-- A batch's file holds the personal data of the people it was made for: each download is recorded in the log of each
-- person's school naming them (152-ФЗ: every read of personal data), with the log's text for it. people[i] belongs to
-- people_schools[i].
alter table document_job add column people uuid[] not null default '{}';
alter table document_job add column people_schools uuid[] not null default '{}';
-- a batch made before this version reads «скачан пакет документов» in the log
alter table document_job add column downloaded varchar(200) not null default 'скачан пакет документов';
