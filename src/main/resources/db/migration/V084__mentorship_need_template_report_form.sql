-- A need's suggested activity carries its default «форма отчётности» into the plan, as a category template's activity does.
alter table programme_need_template add column report_form varchar(300);
