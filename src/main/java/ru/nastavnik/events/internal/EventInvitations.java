package ru.nastavnik.events.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventStatus;
import ru.nastavnik.events.EventView;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.PublicBaseUrl;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.mail.Mail;
import ru.nastavnik.shared.mail.MailTexts;
import ru.nastavnik.shared.mail.Mailbox;

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
    private final MailTexts texts;
    private final StaffManagement staff;
    private final UserManagement users;
    private final EventDocumentModel documents;
    private final PublicBaseUrl site;
    private final Clock clock;

    EventInvitations(
            CalendarFiles files,
            Mailbox mailbox,
            MailTexts texts,
            StaffManagement staff,
            UserManagement users,
            EventDocumentModel documents,
            PublicBaseUrl site,
            Clock clock) {
        this.files = files;
        this.mailbox = mailbox;
        this.texts = texts;
        this.staff = staff;
        this.users = users;
        this.documents = documents;
        this.site = site;
        this.clock = clock;
    }

    /** Where the invited are written to: the people named, the agenda's speakers, the audience of the invited schools. */
    Set<String> addressesOf(EventView event) {
        // written whether or not mail goes out: the invited also find the invitation among their notifications
        Set<String> addresses = new LinkedHashSet<>();
        List<PersonId> named = java.util.stream.Stream.concat(
                        event.people().stream(),
                        event.agenda().stream().map(AgendaEntry::speaker).filter(s -> s != null))
                .distinct()
                .toList();
        named.forEach(p -> staff.contactEmail(p).ifPresent(addresses::add));
        Set<Role> roles = new java.util.HashSet<>();
        if (event.audience().takes(true, false, false)) {
            roles.add(Role.MENTOR);
        }
        if (event.audience().takes(false, true, false)) {
            roles.add(Role.MENTEE);
        }
        if (event.audience().takes(false, false, true)) {
            roles.add(Role.CURATOR);
            roles.add(Role.DIRECTOR);
        }
        event.schools().forEach(school -> addresses.addAll(users.emailsOf(school, roles)));
        addresses.removeIf(a -> a == null || a.isBlank());
        return addresses;
    }

    /** The event as it now is to {@code to}: an invitation, an update, or (cancelled) its cancellation. */
    void send(EventView event, Set<String> to, boolean changed) {
        boolean cancelled = event.status() == EventStatus.CANCELLED;
        String state = cancelled ? "cancelled" : changed ? "changed" : "invited";
        String text = texts.letter(
                texts.get("mail.event." + state, event.title(), documents.kindTitle(event)),
                texts.get(
                        "mail.event.when", event.period(), event.place() != null ? event.place() : event.onlineLink()),
                cancelled ? "" : texts.get("mail.event.link", site.of("/events/" + event.id())),
                texts.get("mail.event.calendar"));
        send(event, to, texts.get("mail.event.subject." + state, event.title()), text, cancelled);
    }

    /** Those no longer invited after a change: the entry is withdrawn from their calendars. */
    void withdraw(EventView event, Set<String> to) {
        send(
                event,
                to,
                texts.get("mail.event.subject.withdrawn", event.title()),
                texts.letter(
                        texts.get("mail.event.withdrawn", event.title(), event.period()),
                        texts.get("mail.event.calendar")),
                true);
    }

    private void send(EventView event, Set<String> to, String subject, String text, boolean cancel) {
        if (to.isEmpty()) {
            return;
        }
        String method = cancel ? "CANCEL" : "REQUEST";
        mailbox.send(to.stream()
                .map(address -> new Mail(
                        address,
                        subject,
                        text,
                        List.of(new Mail.Attachment(
                                "invite.ics",
                                "text/calendar; method=" + method + "; charset=UTF-8",
                                files.invitation(event, mailbox.from(), List.of(address), cancel, clock.instant())
                                        .getBytes(StandardCharsets.UTF_8)))))
                .toList());
    }
}
