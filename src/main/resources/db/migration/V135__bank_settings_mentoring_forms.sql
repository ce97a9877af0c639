-- The forms of mentoring the school's Regulation provides for (null: the usual eight, MentoringForms.DEFAULTS)
alter table bank_settings add column mentoring_forms text[];
