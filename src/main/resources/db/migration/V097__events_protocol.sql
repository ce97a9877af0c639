-- The protocol of a seminar, conference or round table (ПРОТОКОЛ № …: chair, secretary, СЛУШАЛИ / ВЫСТУПИЛИ / РЕШИЛИ), kept with its event.
alter table event add column protocol_number    varchar(30);
alter table event add column protocol_chair     varchar(300);
alter table event add column protocol_secretary varchar(300);
alter table event add column protocol_heard     varchar(8000);
alter table event add column protocol_spoke     varchar(8000);
alter table event add column protocol_decided   varchar(8000);
