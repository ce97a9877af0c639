-- An edit to a news item already posted updates the post (Telegram editMessageText/editMessageCaption, VK wall.edit)
-- through the same outbox row: edit_due_at is set in the transaction that saves the edit and cleared in the one that
-- records the service's answer, so each change is sent once; several edits before the job runs become one call.
alter table publishing_outbox
    -- what the post carries besides text: Telegram 'photo' (the caption is edited, not the text), VK the attachment
    -- string wall.edit must repeat (it would drop the photo otherwise); null for a text post
    add column remote_media    varchar(200),
    add column edit_due_at     timestamptz,
    add column edit_attempts   integer not null default 0,
    add column edit_error      text,
    add column edited_at       timestamptz;
create index publishing_outbox_edit_due on publishing_outbox (edit_due_at) where edit_due_at is not null;
