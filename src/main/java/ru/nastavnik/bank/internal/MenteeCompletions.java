package ru.nastavnik.bank.internal;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.MenteeCompletion;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * For the pairs downstream: a mentee whose mentorship completed has had her need met, so she leaves the mentee bank
 * (her stay is kept in the history) and no run or search takes her up again, until the curator returns her.
 */
@Service
@Transactional
class MenteeCompletions implements MenteeCompletion {

    static final String REASON = "программа наставничества завершена";

    private final MenteeRepository mentees;
    private final ApplicationEventPublisher events;

    MenteeCompletions(MenteeRepository mentees, ApplicationEventPublisher events) {
        this.mentees = mentees;
        this.events = events;
    }

    public void completed(PersonId mentee, LocalDate on) {
        mentees.current(mentee.value())
                .filter(e -> e.leave(on, REASON))
                .ifPresent(e -> events.publishEvent(new AuditEvent(
                        e.organisation(),
                        AuditAction.UPDATE,
                        "Person",
                        mentee.value(),
                        "исключён из банка наставляемых: " + REASON)));
    }
}
