-- A mentor marked «обучен» on her profile's form kept no day of training (only the batch mark and the course set
-- it), so the reports, which count mentors trained in a period by that day, missed her. The form now dates the mark;
-- for marks made before, the day she entered the bank is the only day known (she was marked at or after it).
update bank_mentor set trained_on = entered_on where training_status = 'TRAINED' and trained_on is null;

-- The roadmap's «Обучение наставников» counts every trained mentor of the bank, not only the course's graduates.
create function school_year_of(d date) returns int language sql immutable as
$$ select extract(year from d)::int - case when extract(month from d) < 9 then 1 else 0 end $$;

insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id)
select gen_random_uuid(), organisation_id, 'MENTOR_TRAINED', trained_on::timestamp at time zone 'Europe/Moscow',
       school_year_of(trained_on), 'COURSE', person_id
from bank_mentor
where trained_on is not null
on conflict do nothing;

drop function school_year_of(date);
