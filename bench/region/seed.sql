-- A region for the benchmarks, set-based (generate_series), on a schema Flyway has made (bench/region/seed runs it).
-- Variables (psql -v): seed, municipalities, schools, staff (per school, at least 30), pairs (per school, 10).
-- Every id and every "random" choice is a hash of (seed, what, index): the same seed gives the same rows, byte for
-- byte. The calendar: the 2025/26 school year complete (4 pairs a school, programmes completed, satisfaction
-- questionnaires answered), the 2026/27 year under way (6 pairs a school, started in September–October 2026).
-- Accounts: region / mun-<m> / cur-<s> / mentor-<s>-<j> / mentee-<s>-<j>, with the password hash of the account
-- named by :password_from (the system administrator the first start created), so they sign in with its password.
\set ON_ERROR_STOP on
begin;
set local time zone 'UTC';

select set_config('bench.seed', :'seed', false);
create function pg_temp.uid(what text, i bigint) returns uuid language sql stable as
$$ select md5(current_setting('bench.seed') || '/' || what || '/' || i)::uuid $$;
-- a number in [0, n) from the seed, what and index
create function pg_temp.pick(what text, i bigint, n int) returns int language sql stable as
$$ select (abs(hashtextextended(current_setting('bench.seed') || '/' || what || '/' || i, 0)) % n)::int $$;

create temp table s_muni as
select m, pg_temp.uid('municipality', m) as id from generate_series(1, :municipalities) m;
create temp table s_school as
select s, pg_temp.uid('school', s) as id, pg_temp.uid('municipality', 1 + (s - 1) % :municipalities) as muni
from generate_series(1, :schools) s;

insert into organisation (id, parent_id, kind, name, short_name)
values (pg_temp.uid('region', 1), null, 'REGION', 'Нагрузочная область (сид ' || :'seed' || ')', 'Нагрузочная область');
insert into organisation (id, parent_id, kind, name, short_name, locality)
select id, pg_temp.uid('region', 1), 'MUNICIPALITY', 'Муниципальный район № ' || m, 'МР № ' || m, 'Район ' || m from s_muni;
insert into organisation (id, parent_id, kind, name, short_name, address, head_position, head_last_name,
                          head_first_name, head_middle_name, head_gender, head_name)
select id, muni, 'ORGANISATION', 'МБОУ «Средняя школа № ' || s || '»', 'СОШ № ' || s,
       'ул. Школьная, д. ' || s, 'Директор', 'Морозова', 'Татьяна', 'Викторовна', 'FEMALE', 'Морозова Татьяна Викторовна'
from s_school;

-- Staff: per school k = 0..9 mentors (experienced), 10..19 mentees (young), 20..22 young teachers waiting in the
-- mentee bank, the rest other staff; person number i = (s - 1) * staff + k.
create temp table s_person as
select s.s, s.id as school, k, (s.s - 1) * :staff + k as i, pg_temp.uid('person', (s.s - 1) * :staff + k) as id
from s_school s cross join generate_series(0, :staff - 1) k;

insert into person (id, organisation_id, last_name, first_name, middle_name, gender, birth_date, personnel_number,
                    positions, subjects, total_experience_years, teaching_experience_years, qualification_category,
                    education, hired_on, employment_contract_number, employment_contract_date, created_at, updated_at)
select p.id, p.school,
       (array['Иванова','Петрова','Сидорова','Кузнецова','Смирнова','Попова','Васильева','Соколова','Михайлова','Новикова',
              'Фёдорова','Морозова','Волкова','Алексеева','Лебедева','Семёнова','Егорова','Павлова','Козлова','Степанова'])[1 + pg_temp.pick('last', p.i, 20)],
       (array['Мария','Анна','Елена','Ольга','Ирина','Наталья','Татьяна','Светлана','Юлия','Галина'])[1 + pg_temp.pick('first', p.i, 10)],
       (array['Петровна','Ивановна','Сергеевна','Андреевна','Олеговна','Викторовна','Павловна','Юрьевна'])[1 + pg_temp.pick('middle', p.i, 8)],
       'FEMALE',
       case when p.k between 10 and 22 then date '2001-01-01' + pg_temp.pick('born', p.i, 2500)
            else date '1965-01-01' + pg_temp.pick('born', p.i, 7000) end,
       'T' || p.k, array['учитель'],
       array[(array['математика','русский язык','история','физика','биология','английский язык','начальные классы'])[1 + pg_temp.pick('subject', p.i, 7)]],
       y.teaching + 1, y.teaching,
       case when p.k < 10 then (array['HIGHEST','FIRST','HIGHEST','MENTOR'])[1 + pg_temp.pick('category', p.i, 4)]
            when p.k < 23 then 'NONE'
            else (array['NONE','CONFORMITY','FIRST','HIGHEST'])[1 + pg_temp.pick('category', p.i, 4)] end,
       'высшее педагогическое', date '2026-08-31' - 365 * y.teaching - 1,
       p.k || '-тд', date '2026-08-31' - 365 * y.teaching - 1, timestamptz '2025-08-20 09:00+03', timestamptz '2025-08-20 09:00+03'
from s_person p
cross join lateral (select case when p.k between 10 and 22 then pg_temp.pick('teaching', p.i, 3)
                                when p.k < 10 then 10 + pg_temp.pick('teaching', p.i, 25)
                                else 4 + pg_temp.pick('teaching', p.i, 30) end as teaching) y;

-- Consents: everyone to the processing of personal data; mentors to the duties (art. 351.8) and the shared bank.
insert into consent (id, organisation_id, person_id, purpose, status, text_version, requested_at, given_on)
select pg_temp.uid('consent-pd', p.i), p.school, p.id, 'PERSONAL_DATA', 'GIVEN', 'pd-2025-09',
       timestamptz '2025-08-25 09:00+03', date '2025-08-25' from s_person p;
insert into consent (id, organisation_id, person_id, purpose, status, text_version, requested_at, given_on)
select pg_temp.uid('consent-duties', p.i), p.school, p.id, 'MENTORING_DUTIES', 'GIVEN', 'tk351.8-2025-03',
       timestamptz '2025-08-25 09:00+03', date '2025-08-26' from s_person p where p.k < 12;
insert into consent (id, organisation_id, person_id, purpose, status, text_version, requested_at, given_on)
select pg_temp.uid('consent-bank', p.i), p.school, p.id, 'SHARED_BANK', 'GIVEN', 'bank-2025-09',
       timestamptz '2025-08-25 09:00+03', date '2025-08-26' from s_person p where p.k < 12 and p.k % 3 = 0;

-- Pairs: j = 0..3 of the year 2025/26 (completed; one in twenty terminated, one in ten completed early), j = 4..9
-- of 2026/27 (active). Mentor k = j, mentee k = 10 + j.
create temp table s_pair as
select s.s, s.id as school, j, (s.s - 1) * :pairs + j as i, pg_temp.uid('pair', (s.s - 1) * :pairs + j) as id,
       pg_temp.uid('person', (s.s - 1) * :staff + j) as mentor,
       pg_temp.uid('person', (s.s - 1) * :staff + 10 + j) as mentee,
       d.starts_on, d.ends_on,
       case when j >= 4 then 'ACTIVE' when pg_temp.pick('end', (s.s - 1) * :pairs + j, 20) = 0 then 'TERMINATED'
            else 'COMPLETED' end as status,
       case when j >= 4 then null when pg_temp.pick('end', (s.s - 1) * :pairs + j, 20) = 0 then date '2026-02-13'
            when pg_temp.pick('end', (s.s - 1) * :pairs + j, 20) in (1, 2) then date '2026-04-30'
            else d.ends_on end as ended_on
from s_school s cross join generate_series(0, :pairs - 1) j
cross join lateral (select case when j < 4 then date '2025-09-01' + pg_temp.pick('start', (s.s - 1) * :pairs + j, 30)
                                else date '2026-09-01' + pg_temp.pick('start', (s.s - 1) * :pairs + j, 45) end as starts_on,
                           case when j < 4 then date '2026-05-29' else date '2027-05-31' end as ends_on) d;

insert into bank_mentor (id, organisation_id, person_id, competences, capacity, preferred_forms, training_status,
                         shared_bank, entered_on, trained_on)
select pg_temp.uid('bank-mentor', p.i), p.school, p.id,
       string_to_array((array['subject-methods,discipline,work-programme', 'fgos,assessment,parents',
              'digital-tools,functional-literacy,projects', 'inclusion,class-teacher,documents'])[1 + pg_temp.pick('competences', p.i, 4)], ','),
       1 + pg_temp.pick('capacity', p.i, 2), array['традиционная (один на один)'], 'TRAINED', p.k % 3 = 0,
       date '2025-08-27', date '2025-08-20'
from s_person p where p.k < 12;
insert into bank_mentee (id, organisation_id, person_id, category, needs, entered_on, left_on, left_reason)
select pg_temp.uid('bank-mentee', p.i), p.school, p.id, 'YOUNG_SPECIALIST',
       string_to_array((array['discipline,work-programme', 'parents,assessment', 'fgos,subject-methods'])[1 + pg_temp.pick('needs', p.i, 3)], ','),
       case when p.k between 14 and 19 then date '2026-08-28' else date '2025-08-27' end + pg_temp.pick('entered', p.i, 3),
       x.ended_on, case when x.ended_on is not null then 'программа наставничества завершена' end
from s_person p left join s_pair x on x.mentee = p.id and x.j < 4
where p.k between 10 and 22;

insert into mentorship (id, organisation_id, form, starts_on, ends_on, status, ended_on, end_reason, end_initiator,
                        created_at, activated_on)
select id, school, 'традиционная (один на один)', starts_on, ends_on, status, ended_on,
       case status when 'COMPLETED' then 'программа наставничества выполнена'
                   when 'TERMINATED' then 'по соглашению сторон' end,
       case when status = 'TERMINATED' then 'MENTEE' end,
       starts_on - 7 + time '09:00', starts_on
from s_pair;
insert into mentorship_member (mentorship_id, person_id, organisation_id, role, from_date, to_date)
select id, mentor, school, 'MENTOR', starts_on, ended_on from s_pair
union all
select id, mentee, school, 'MENTEE', starts_on, ended_on from s_pair;

insert into programme (id, organisation_id, mentorship_id, title, goal, tasks, starts_on, ends_on, status,
                       approved_on, created_at, completed_on, end_reason, mentee_evaluation, mentor_evaluation)
select pg_temp.uid('programme', i), school, id, 'Персонализированная программа наставничества № ' || i,
       'Адаптация молодого педагога и преодоление профессиональных затруднений',
       'освоить методы управления классом; разработать рабочую программу', starts_on, ends_on,
       case status when 'ACTIVE' then 'IN_PROGRESS' else status end, starts_on - 3, starts_on - 5 + time '10:00',
       case when status = 'COMPLETED' then ended_on end, case when status = 'TERMINATED' then 'пара прекращена' end,
       case when status = 'COMPLETED' then 'Цели программы достигнуты' end,
       case when status = 'COMPLETED' then 'Наставляемый освоил приёмы работы с классом' end
from s_pair;

-- Five activities a programme, due across its term; done (with evidence) when due before the pair ended or today.
create temp table s_activity as
select x.i * 5 + a as n, pg_temp.uid('activity', x.i * 5 + a) as id, pg_temp.uid('programme', x.i) as programme, a,
       x.starts_on + (x.ends_on - x.starts_on) * (a + 1) / 5 as due_on, x.ended_on, x.i,
       x.mentee as added_by
from s_pair x cross join generate_series(0, 4) a;
insert into programme_activity (id, programme_id, position, need, title, form, responsible, due_on, done_on, result_note)
select id, programme, a + 1, case when a in (1, 2) then 'Дисциплина и мотивация на уроке' end,
       (array['Знакомство, диагностика профессиональных затруднений', 'Разбор ситуаций на уроке, приёмы управления классом',
              'Совместная разработка рабочей программы', 'Открытый урок наставляемого с анализом',
              'Итоговая самооценка и анкетирование удовлетворённости'])[a + 1],
       (array['беседа', 'взаимопосещение', 'совместная работа', 'открытый урок', 'анкетирование'])[a + 1],
       case when a = 3 then 'MENTEE' else 'BOTH' end, due_on,
       case when due_on <= coalesce(ended_on, date '2026-12-01') then due_on - pg_temp.pick('done', n, 5) end,
       case when due_on <= coalesce(ended_on, date '2026-12-01') then 'выполнено' end
from s_activity;
insert into programme_evidence (id, activity_id, url, title, added_by, added_at)
select pg_temp.uid('evidence', n), id, 'https://school.example.ru/evidence/' || n, 'Материалы: ' || (a + 1),
       added_by, due_on - 1 + time '15:00'
from s_activity where due_on <= coalesce(ended_on, date '2026-12-01') and a <> 4;

-- Meetings every two weeks (a pseudo-random day's shift) from the start until the pair ended or 1 December 2026.
insert into programme_meeting (id, programme_id, held_on, topic, outcome, logged_by, logged_at)
select pg_temp.uid('meeting', x.i * 100 + w), pg_temp.uid('programme', x.i), x.starts_on + 14 * w + pg_temp.pick('meet', x.i * 100 + w, 3),
       (array['Планирование уроков', 'Разбор посещённого урока', 'Работа с родителями', 'Оценивание', 'Рабочая программа'])[1 + w % 5],
       'обсудили, наметили шаги', x.mentor, x.starts_on + 14 * w + 3 + time '17:00'
from s_pair x cross join generate_series(0, 30) w
where x.starts_on + 14 * w + 3 <= coalesce(x.ended_on, date '2026-12-01');

-- The satisfaction questionnaires of 2025/26, closed, answered by the members of the completed pairs.
create temp table s_questionnaire as
select s.s, s.id as school, q.purpose, pg_temp.uid('questionnaire-' || q.purpose, s.s) as id
from s_school s cross join (values ('SATISFACTION_MENTOR'), ('SATISFACTION_MENTEE')) q(purpose);
insert into survey_questionnaire (id, organisation_id, title, description, purpose, anonymous, status, deadline,
                                  content, created_at, opened_at, closed_at)
select id, school,
       case purpose when 'SATISFACTION_MENTOR' then 'Удовлетворённость программой наставничества: анкета наставника'
                    else 'Удовлетворённость программой наставничества: анкета наставляемого' end,
       'Анкета по итогам программы.', purpose, false, 'CLOSED', date '2026-06-10',
       '{"sections":[{"title":"Итоги программы","questions":['
         || '{"key":"q1","type":"SCALE","text":"Насколько вы удовлетворены участием в программе наставничества?","hint":null,"required":true,"options":[],"scaleMax":10,"bankField":null,"points":null},'
         || '{"key":"q2","type":"SCALE","text":"Насколько цели персонализированной программы были достигнуты?","hint":null,"required":true,"options":[],"scaleMax":5,"bankField":null,"points":null},'
         || '{"key":"q3","type":"TEXT","text":"Что бы вы изменили?","hint":null,"required":false,"options":[],"scaleMax":null,"bankField":null,"points":null}]}]}',
       timestamptz '2026-05-10 09:00+03', timestamptz '2026-05-15 09:00+03', timestamptz '2026-06-10 18:00+03'
from s_questionnaire;
create temp table s_answer as
select q.school, q.id as questionnaire, x.i, case q.purpose when 'SATISFACTION_MENTOR' then x.mentor else x.mentee end as person,
       q.purpose, x.ended_on
from s_questionnaire q join s_pair x on x.school = q.school and x.status = 'COMPLETED';
insert into survey_invitation (id, organisation_id, questionnaire_id, person_id, token, status, invited_at, submitted_at)
select pg_temp.uid('invitation-' || purpose, i), school, questionnaire, person,
       replace(pg_temp.uid('token-' || purpose, i)::text || pg_temp.uid('token2-' || purpose, i)::text, '-', ''),
       'SUBMITTED', timestamptz '2026-05-15 09:00+03', ended_on + time '16:00'
from s_answer;
insert into survey_response (id, organisation_id, questionnaire_id, person_id, submitted_on, answers)
select pg_temp.uid('response-' || purpose, i), school, questionnaire, person, greatest(ended_on, date '2026-05-15'),
       '{"q1":["' || (6 + pg_temp.pick('q1' || purpose, i, 5)) || '"],"q2":["' || (3 + pg_temp.pick('q2' || purpose, i, 3)) || '"]}'
from s_answer;

-- Events: eight a school in 2025/26 and three in 2026/27 (held when past), six a municipality, four the region; a
-- school's events registered by ten of its staff, attended when held.
create temp table s_event as
select s.id as organiser, 'school' as level, s.s * 20 + e as n, date '2025-09-20' + e * 30 + pg_temp.pick('event-day', s.s * 20 + e, 20) as held_on
from s_school s cross join generate_series(0, 10) e
union all
select m.id, 'municipality', 1000000 + m.m * 20 + e, date '2025-10-01' + e * 45 + pg_temp.pick('event-day', 1000000 + m.m * 20 + e, 20)
from s_muni m cross join generate_series(0, 5) e
union all
select pg_temp.uid('region', 1), 'region', 2000000 + e, date '2025-10-15' + e * 80 from generate_series(0, 3) e;
insert into event (id, organisation_id, kind, title, starts_at, ends_at, time_zone, place, capacity, status,
                   checkin_code, created_at)
select pg_temp.uid('event', n), organiser,
       (array['INSTALLATION_SESSION','CONSULTATION','MASTER_CLASS','OPEN_LESSON','SEMINAR','CONFERENCE','ROUND_TABLE'])[1 + pg_temp.pick('kind', n, 7)],
       'Мероприятие наставников № ' || n, held_on + time '15:00' - interval '3 hours', held_on + time '17:00' - interval '3 hours',
       'Europe/Moscow', 'актовый зал', 60, case when held_on < date '2026-12-04' then 'HELD' else 'PLANNED' end,
       upper(substr(md5(:'seed' || '/checkin/' || n), 1, 8)), held_on - 14 + time '09:00'
from s_event;
insert into event_registration (id, event_id, organisation_id, person_id, status, registered_at, changed_at, attended, attended_at)
select pg_temp.uid('registration', e.n * 100 + p.k), pg_temp.uid('event', e.n), p.school, p.id, 'REGISTERED',
       e.held_on - 7 + time '10:00', e.held_on - 7 + time '10:00', e.held_on < date '2026-12-04',
       case when e.held_on < date '2026-12-04' then e.held_on + time '12:05' end
from s_event e join s_person p on p.school = e.organiser and p.k < 20 and (p.k + e.n) % 2 = 0
where e.level = 'school';

-- The mentors' confirmed external training (36 hours in the summer of 2025).
insert into training_course (id, organisation_id, person_id, provider, title, hours, starts_on, ends_on, status,
                             recorded_by, recorded_at, decided_by, decided_at)
select pg_temp.uid('course', p.i), p.school, p.id, 'Региональный институт развития образования',
       'Наставничество в образовательной организации', 36, date '2025-06-16', date '2025-06-27', 'CONFIRMED',
       'Куратор', timestamptz '2025-08-20 10:00+03', 'Куратор', timestamptz '2025-08-21 10:00+03'
from s_person p where p.k < 12;

-- Accounts: the regional methodologist, a methodologist a municipality, a curator a school, and the members of the
-- running pairs (their staff records linked).
create temp table s_user as
select pg_temp.uid('user-region', 1) as id, 'region' as username, 'Региональный методист' as full_name,
       'REGIONAL_METHODOLOGIST' as role, pg_temp.uid('region', 1) as organisation, null::uuid as person
union all
select pg_temp.uid('user-municipality', m), 'mun-' || m, 'Методист района ' || m, 'MUNICIPAL_METHODOLOGIST', id, null from s_muni
union all
select pg_temp.uid('user-curator', s), 'cur-' || s, 'Куратор школы ' || s, 'CURATOR', id, null from s_school
union all
select pg_temp.uid('user-mentor', i), 'mentor-' || s || '-' || j, 'Наставник ' || s || '-' || j, 'MENTOR', school, mentor
from s_pair where status = 'ACTIVE'
union all
select pg_temp.uid('user-mentee', i), 'mentee-' || s || '-' || j, 'Наставляемый ' || s || '-' || j, 'MENTEE', school, mentee
from s_pair where status = 'ACTIVE';
insert into app_user (id, username, full_name, password_hash)
select id, username, full_name, (select password_hash from app_user where username = :'password_from') from s_user;
insert into user_role (user_id, role, organisation_id) select id, role, organisation from s_user;
update person p set user_id = u.id from s_user u where u.person = p.id;

commit;
analyze organisation, person, consent, bank_mentor, bank_mentee, mentorship, mentorship_member, programme,
        programme_activity, programme_evidence, programme_meeting, survey_questionnaire, survey_invitation, survey_response,
        event, event_registration, training_course, app_user, user_role;
