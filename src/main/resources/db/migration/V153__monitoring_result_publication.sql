-- A publication of a programme's participant recorded as its result (indicator PUBLICATIONS): an article or a talk.
alter table monitoring_programme_result add column publication varchar(20);
