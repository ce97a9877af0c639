-- A staff record may be linked to the user account of the same person, so that a teacher sees their own data.
alter table person add column user_id uuid references app_user (id);
create unique index person_user_uq on person (user_id) where user_id is not null;
