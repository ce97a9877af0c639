-- Which of the item's photos a post carries, so that an edit that adds, replaces or removes the first shown photo
-- changes the post's photo (Telegram editMessageMedia, VK wall.edit attachments) once, and an edit that does not
-- leaves it alone. Posts sent before this column existed carried the item's first shown photo.
alter table publishing_outbox add column remote_photo uuid;
update publishing_outbox o set remote_photo = (
    select f.id from publication_photo f where f.publication_id = o.publication_id and f.hidden_at is null
    order by f.position limit 1)
where o.remote_media is not null and o.status = 'SENT';
