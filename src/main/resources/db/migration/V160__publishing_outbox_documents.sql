-- A document shown on the public section (the Regulation, an order) sent by the curator to the school's Telegram
-- channel (sendDocument) and VK community (docs.* → wall.post) through the same outbox as news: one active row per
-- document and channel, retried with the same back-off, its link stored. A row is of a news item or of a document.
alter table publishing_outbox
    alter column publication_id drop not null,
    add column document_id uuid references public_document (id) on delete cascade,
    -- SHA-256 of the text the sent PDF was made from: the post is listed for deletion once the section shows another
    add column document_digest varchar(64);
alter table publishing_outbox add constraint publishing_outbox_item
    check ((publication_id is null) <> (document_id is null));
create unique index publishing_outbox_document_once on publishing_outbox (document_id, kind)
    where status in ('PENDING', 'SENT', 'FAILED');
create index publishing_outbox_document_due on publishing_outbox (next_attempt_at)
    where status = 'PENDING' and document_id is not null;
