-- A mentor who withdrew her consent to the mentoring duties (Labour Code art. 351.8) before this was enforced leaves the mentor bank now.
update bank_mentor m
   set left_on = current_date,
       left_reason = 'отзыв согласия на выполнение обязанностей наставника (ст. 351.8 ТК РФ)',
       shared_bank = false
 where m.left_on is null
   and exists (select 1 from consent c
                where c.person_id = m.person_id and c.purpose = 'MENTORING_DUTIES' and c.status in ('WITHDRAWN', 'EXPIRED'))
   and not exists (select 1 from consent c
                    where c.person_id = m.person_id and c.purpose = 'MENTORING_DUTIES' and c.status in ('REQUESTED', 'GIVEN'));
