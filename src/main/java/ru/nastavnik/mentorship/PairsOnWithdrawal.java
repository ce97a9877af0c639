package ru.nastavnik.mentorship;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * A withdrawn consent ends the person's pairs the same day: a mentor may give up mentoring at any time (Labour
 * Code art. 351.8), and without the consent to processing (152-ФЗ) nobody's data may go on being used for it.
 */
@Component
class PairsOnWithdrawal {

    private final MentorshipRepository mentorships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairsOnWithdrawal(MentorshipRepository mentorships, ApplicationEventPublisher events, Clock clock) {
        this.mentorships = mentorships;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(ConsentWithdrawn event) {
        boolean duties = event.purpose() == ConsentPurpose.MENTORING_DUTIES;
        if (!duties && event.purpose() != ConsentPurpose.PERSONAL_DATA) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        for (Mentorship pair : mentorships.runningWith(event.person().value())) {
            boolean mentor = pair.current(MemberRole.MENTOR).contains(event.person());
            if (duties && !mentor) {
                continue;
            }
            String reason = duties ? "отзыв наставником согласия на выполнение обязанностей наставника"
                    : "отзыв согласия на обработку персональных данных";
            pair.terminate(mentor ? EndInitiator.MENTOR : EndInitiator.MENTEE, today, today, reason);
            events.publishEvent(new AuditEvent(pair.organisation(), AuditAction.UPDATE, "Mentorship", pair.id(),
                    "наставничество прекращено: " + reason));
        }
    }
}
