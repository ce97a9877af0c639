-- A consent to distribution scoped by kind of item and by information resource (152-ФЗ art. 10.1; Приказ РКН № 18).
alter table consent
    add column distribution_kinds text[] not null default '{}',
    add column distribution_channels text[] not null default '{}';

-- The consents given on the form printed until now (text version pub-rkn18-2025-09): its purpose named the mentorship
-- system, its participants, events and best practices; its data, the name, position and participation (role, pair —
-- what the orders name) and, if ticked, the photo; its resources, the school's mentorship page and official social
-- pages. So: news, events, practices, documents on the section, Telegram and VK; photos only where the recorded items
-- say a photo was allowed; contacts never (the form did not list them). See docs/consent-scope.md.
update consent
set distribution_kinds = case
        when exists (select 1 from unnest(published_items) i where i ~* '(фото|изображ)')
            then array['NEWS', 'EVENTS', 'PRACTICES', 'DOCUMENTS', 'PHOTOS']
        else array['NEWS', 'EVENTS', 'PRACTICES', 'DOCUMENTS']
    end,
    distribution_channels = array['SECTION', 'TELEGRAM', 'VK']
where purpose = 'PUBLICATION' and status <> 'REQUESTED';
