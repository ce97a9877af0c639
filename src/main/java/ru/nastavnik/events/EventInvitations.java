package ru.nastavnik.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.Mailbox;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * Invitations by mail, each carrying the event as an iTIP message (RFC 5546) that a mail client adds to the calendar:
 * a new or changed event is a REQUEST (its SEQUENCE raised by each change, so the calendar updates the entry it has),
 * a cancelled one — or one whose invitation was taken back — a CANCEL. Each letter goes to one person and names
 * only her as an attendee: who else is invited is the organiser's to know.
 */
@Component
class EventInvitations {

    private final CalendarFiles files;
    private final Mailbox mailbox;
    private final StaffManagement staff;
    private final UserManagement users;
    private final EventDocumentModel documents;
    private final PublicBaseUrl site;
    private final Clock clock;

    EventInvitations(CalendarFiles files, Mailbox mailbox, StaffManagement staff, UserManagement users, EventDocumentModel documents,
            PublicBaseUrl site, Clock clock) {
        this.files = files;
        this.mailbox = mailbox;
        this.staff = staff;
        this.users = users;
        this.documents = documents;
        this.site = site;
        this.clock = clock;
    }

    /** Where the invited are written to: the people named, the agenda's speakers, the mentors of the invited schools. */
    Set<String> addressesOf(EventView event) {
        Set<String> addresses = new LinkedHashSet<>();
        if (!mailbox.enabled()) {
            return addresses;
        }
        List<PersonId> named = java.util.stream.Stream.concat(event.people().stream(),
                event.agenda().stream().map(AgendaEntry::speaker).filter(s -> s != null)).distinct().toList();
        named.forEach(p -> staff.contactEmail(p).ifPresent(addresses::add));
        event.schools().forEach(school -> addresses.addAll(users.emailsOf(school, Set.of(Role.MENTOR))));
        addresses.removeIf(a -> a == null || a.isBlank());
        return addresses;
    }

    /** The event as it now is to {@code to}: an invitation, an update, or (cancelled) its cancellation. */
    void send(EventView event, Set<String> to, boolean changed) {
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        String subject = (cancelled ? "Отменено: " : changed ? "Изменено: " : "Приглашение: ") + event.title();
        String text = "Здравствуйте!\n\n" + (cancelled ? "Мероприятие отменено" : changed ? "Мероприятие изменилось"
                : "Приглашаем вас на мероприятие") + ": «" + event.title() + "» (" + documents.kindTitle(event) + ").\n"
                + "Когда: " + event.period() + "\n" + "Где: " + (event.place() != null ? event.place() : event.onlineLink()) + "\n"
                + (cancelled ? "" : "Подробности и регистрация: " + site.of("/events/" + event.id()) + "\n")
                + "\nВо вложении — файл для календаря (.ics).\n";
        send(event, to, subject, text, cancelled);
    }

    /** Those no longer invited after a change: the entry is withdrawn from their calendars. */
    void withdraw(EventView event, Set<String> to) {
        send(event, to, "Приглашение отозвано: " + event.title(), "Здравствуйте!\n\nПриглашение на мероприятие «" + event.title()
                + "» (" + event.period() + ") отозвано организатором.\n\nВо вложении — файл для календаря (.ics).\n", true);
    }

    private void send(EventView event, Set<String> to, String subject, String text, boolean cancel) {
        if (to.isEmpty()) {
            return;
        }
        String method = cancel ? "CANCEL" : "REQUEST";
        mailbox.send(to.stream().map(address -> new Mail(address, subject, text, List.of(new Mail.Attachment("invite.ics",
                "text/calendar; method=" + method + "; charset=UTF-8", files.invitation(event, mailbox.from(), List.of(address), cancel,
                        clock.instant()).getBytes(StandardCharsets.UTF_8))))).toList());
    }
}
