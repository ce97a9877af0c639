package ru.nastavnik.events.internal;

import java.time.Clock;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.RegistrationView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The participant's side: register or decline, and check in with the room's code while the event runs. */
@Service
@Transactional
public class EventRegistrations {

    private final EventRepository events;
    private final EventAccess access;
    private final EventAudit audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    EventRegistrations(
            EventRepository events,
            EventAccess access,
            EventAudit audit,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.events = events;
        this.access = access;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
    }

    public RegistrationView register(NastavnikPrincipal caller, EventId id) {
        Event event = visible(caller, id);
        EventAccess.Participant me = invited(event, caller, "person", "event.notInvited");
        Registration registration = event.register(me.person(), me.school(), clock.instant());
        audit.person(
                me.school(),
                me.person(),
                AuditAction.CREATE,
                "регистрация на мероприятие «" + event.view().title() + "»");
        return registration.view();
    }

    public RegistrationView decline(NastavnikPrincipal caller, EventId id) {
        Event event = visible(caller, id);
        EventAccess.Participant me = invited(event, caller, "person", "event.notInvited");
        Optional<Registration> promoted = event.decline(me.person(), me.school(), clock.instant());
        String title = event.view().title();
        audit.person(me.school(), me.person(), AuditAction.UPDATE, "отказ от участия в мероприятии «" + title + "»");
        promoted.ifPresent(p -> audit.person(
                p.school(), p.person(), AuditAction.UPDATE, "место на мероприятии «" + title + "» из листа ожидания"));
        return event.registrationOf(me.person()).map(Registration::view).orElseThrow();
    }

    public RegistrationView checkIn(NastavnikPrincipal caller, EventId id, String code) {
        Event event = visible(caller, id);
        EventAccess.Participant me = invited(event, caller, "code", "event.checkIn.notInvited");
        publisher.publishEvent(event.checkIn(me.person(), me.school(), code, clock.instant()));
        audit.person(
                me.school(),
                me.person(),
                AuditAction.UPDATE,
                "отметка о присутствии на мероприятии «" + event.view().title() + "»");
        return event.registrationOf(me.person()).map(Registration::view).orElseThrow();
    }

    private Event visible(NastavnikPrincipal caller, EventId id) {
        return access.visible(caller, events.lockById(id.value()));
    }

    private EventAccess.Participant invited(Event event, NastavnikPrincipal caller, String field, String refusal) {
        EventAccess.Participant me = access.participant(caller)
                .orElseThrow(() -> InvalidInputException.of(field, "event.registration.noStaffRecord"));
        if (!event.invites(me.person(), me.school(), me.mentor(), me.mentee(), me.curator())) {
            throw InvalidInputException.of(field, refusal);
        }
        return me;
    }
}
