-- The head was one string typed in the dative (as a consent's header wants it) and so printed in the dative in every signature: keep the parts of the name, declined by each document where it prints them, and an organisation's own forms of the phrases the declension rules get wrong.
alter table organisation add column head_last_name varchar(100);
alter table organisation add column head_first_name varchar(100);
alter table organisation add column head_middle_name varchar(100);
alter table organisation add column head_gender varchar(10) check (head_gender in ('MALE', 'FEMALE'));
alter table organisation add column declension_overrides text;
