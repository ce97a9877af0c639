-- The operator's requisites that consent forms and orders must print (152-ФЗ art. 9, 10.1; ГОСТ Р 7.0.97).
alter table organisation add column address varchar(500);
alter table organisation add column inn varchar(12);
alter table organisation add column ogrn varchar(15);
alter table organisation add column website varchar(300);
alter table organisation add column head_name varchar(300);
alter table organisation add column head_position varchar(200);
