-- Two activities of the default roadmap were marked by hand only: 1.2 «Получение согласий участников…» and 4.1
-- «Анализ банка наставников и подбор наставников…». They now follow what happened: the consents given (to the data's
-- processing, or a mentor's to the duties; people counted) and the registered order assigning the pairs (it names
-- the mentors chosen). The plans made before keep their texts; an activity still worded as the default gets its
-- milestone, and what happened before counts as it does for the other milestones (V110).
update roadmap_activity
set milestone = 'CONSENTS_RECEIVED'
where milestone is null and stage = 1
  and content like 'Получение согласий участников на обработку персональных данных%';

update roadmap_activity
set milestone = 'MENTORS_SELECTED'
where milestone is null and stage = 4
  and content like 'Анализ банка наставников и подбор наставников%';

-- The school year a date belongs to, named by the year it starts in (September–August), as in V110.
create function school_year_of(d date) returns int language sql immutable as
$$ select extract(year from d)::int - case when extract(month from d) < 9 then 1 else 0 end $$;

insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id)
select gen_random_uuid(), organisation_id, 'CONSENTS_RECEIVED', max(given_on)::timestamp at time zone 'Europe/Moscow',
       school_year_of(given_on), 'CONSENT', person_id
from consent
where given_on is not null and purpose in ('PERSONAL_DATA', 'MENTORING_DUTIES')
group by organisation_id, person_id, school_year_of(given_on)
on conflict do nothing;

insert into roadmap_milestone (id, organisation_id, milestone, reached_at, school_year, evidence_kind, evidence_id,
                               evidence_label)
select gen_random_uuid(), organisation_id, 'MENTORS_SELECTED',
       coalesce(order_date::timestamp at time zone 'Europe/Moscow', registered_at),
       school_year_of(coalesce(order_date, (registered_at at time zone 'Europe/Moscow')::date)), 'ORDER', id,
       '№ ' || number || coalesce(' от ' || to_char(order_date, 'DD.MM.YYYY'), '')
from mentorship_order
where status = 'REGISTERED' and kind = 'ASSIGNMENT'
on conflict do nothing;

drop function school_year_of(date);
