-- A comment is signed with its author's role, in her gender as her staff record holds it («наставляемая»): the
-- gender is kept with the comment as her name is. Unknown (a comment of a curator, a record restricted), the role
-- reads as before («наставляемый»).
alter table programme_comment add column author_gender varchar(10) check (author_gender in ('MALE', 'FEMALE'));

-- The mentees' comments written so far: the gender of the pair's mentees when they are all of one (a pair has one).
update programme_comment c
set author_gender = g.gender
from (select pr.id as programme_id, min(p.gender) as gender
      from programme pr
      join mentorship_member m on m.mentorship_id = pr.mentorship_id and m.role = 'MENTEE'
      join person p on p.id = m.person_id
      group by pr.id
      having count(distinct p.gender) = 1) g
where c.programme_id = g.programme_id and c.author_role = 'MENTEE';
