-- A mentee whose pair completed before this was enforced leaves the mentee bank now (her stay stays in the history).
update bank_mentee b
   set left_on = current_date,
       left_reason = 'программа наставничества завершена'
 where b.left_on is null
   and exists (select 1 from mentorship m join mentorship_member mm on mm.mentorship_id = m.id
                where mm.person_id = b.person_id and mm.role = 'MENTEE' and mm.to_date is null
                  and m.status = 'COMPLETED' and m.ended_on >= b.entered_on)
   and not exists (select 1 from mentorship m join mentorship_member mm on mm.mentorship_id = m.id
                    where mm.person_id = b.person_id and mm.role = 'MENTEE' and mm.to_date is null
                      and m.status in ('PLANNED', 'ACTIVE', 'PAUSED'));
