-- The staff a news photo shows (152-ФЗ art. 10.1; Civil Code art. 152.1: an image is published only with consent),
-- and the moment a photo was hidden because one of them withdrew her consent to distribution.
create table publication_photo_person (
    photo_id   uuid not null references publication_photo (id) on delete cascade,
    person_id  uuid not null,
    shown_name varchar(300) not null,
    primary key (photo_id, person_id)
);
create index publication_photo_person_person on publication_photo_person (person_id);

alter table publication_photo add column hidden_at timestamptz;
