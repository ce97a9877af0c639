package ru.nastavnik.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.nastavnik.events.RegistrationView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/** Reads and changes of people's participation go to the log of each person's own school, one record a school. */
@Component
class EventAudit {

    static final String SUBJECT = "Person";

    private final ApplicationEventPublisher events;

    EventAudit(ApplicationEventPublisher events) {
        this.events = events;
    }

    void person(OrganisationId school, PersonId person, AuditAction action, String details) {
        events.publishEvent(new AuditEvent(school, action, SUBJECT, person.value(), details));
    }

    /** {@code people}: each person with her school. */
    void people(Map<PersonId, OrganisationId> people, AuditAction action, String details) {
        people.entrySet().stream()
                .collect(Collectors.groupingBy(
                        Map.Entry::getValue, Collectors.mapping(e -> e.getKey().value(), Collectors.toList())))
                .forEach(
                        (school, ids) -> events.publishEvent(AuditEvent.ofMany(school, action, SUBJECT, ids, details)));
    }

    void registrations(Collection<RegistrationView> shown, AuditAction action, String details) {
        people(
                shown.stream()
                        .collect(Collectors.toMap(RegistrationView::person, RegistrationView::school, (a, b) -> a)),
                action,
                details);
    }

    static List<UUID> ids(Collection<PersonId> people) {
        return people.stream().map(PersonId::value).toList();
    }
}
