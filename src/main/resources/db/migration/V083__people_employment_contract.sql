-- The supplementary agreement on mentoring (Labour Code art. 351.8) names the employment contract it supplements.
alter table person add column employment_contract_number varchar(50);
alter table person add column employment_contract_date date;
