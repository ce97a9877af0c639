-- The event publication registry re-submits an incomplete publication only to the listener whose id it stores (the
-- listener method's class, name and parameter types). Listeners that moved into their module's internal/ package
-- (events in session 17, publishing and bank in session 18) get their publications back under the new ids; completed rows
-- keep the id they were completed under.
update event_publication
set listener_id = replace(listener_id, 'ru.nastavnik.events.CourseSessions.', 'ru.nastavnik.events.internal.CourseSessions.')
where completion_date is null and listener_id like 'ru.nastavnik.events.CourseSessions.%';

update event_publication
set listener_id = replace(listener_id, 'ru.nastavnik.publishing.', 'ru.nastavnik.publishing.internal.')
where completion_date is null
  and (listener_id like 'ru.nastavnik.publishing.PublicDocumentListeners.%'
    or listener_id like 'ru.nastavnik.publishing.PublishingListeners.%'
    or listener_id like 'ru.nastavnik.publishing.ScopeListeners.%'
    or listener_id like 'ru.nastavnik.publishing.SystemDrafts.%');

update event_publication
set listener_id = replace(listener_id, 'ru.nastavnik.bank.CourseCompletions.', 'ru.nastavnik.bank.internal.CourseCompletions.')
where completion_date is null and listener_id like 'ru.nastavnik.bank.CourseCompletions.%';
