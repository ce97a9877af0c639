package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipEnded;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.PersonLeft;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * A person who left her job (a leaving date on her staff record) leaves her pairs on her last working day: a pair
 * whose only mentor or mentee she was ends, a group goes on without her. A withdrawn consent ends the person's pairs
 * the same day, even one whose end was announced for later: a mentor
 * may give up mentoring at any time (Labour Code art. 351.8), without the consent to processing (152-ФЗ) nobody's
 * data may go on being used for it, and without the shared bank consent a mentor serves no other school.
 */
@Component
class PairsOnWithdrawal {

    private final MentorshipRepository mentorships;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    PairsOnWithdrawal(MentorshipRepository mentorships, ApplicationEventPublisher events, SchoolDates dates) {
        this.mentorships = mentorships;
        this.events = events;
        this.dates = dates;
    }

    // Synchronous, in the withdrawal's transaction: a withdrawn consent ends the pairs at once (152-FZ art. 9, Labour
    // Code art. 351.8) — no moment in which the consent is gone and the pair still runs, nor one without the other.
    @EventListener
    @Transactional
    void on(ConsentWithdrawn event) {
        ConsentPurpose purpose = event.purpose();
        if (purpose != ConsentPurpose.MENTORING_DUTIES
                && purpose != ConsentPurpose.PERSONAL_DATA
                && purpose != ConsentPurpose.SHARED_BANK) {
            return;
        }
        for (Mentorship pair : mentorships.runningWith(event.person().value())) {
            boolean mentor = pair.current(MemberRole.MENTOR).contains(event.person());
            // the shared bank consent is what lets a mentor serve another school (DESIGN §2): only those pairs end
            boolean ends = switch (purpose) {
                case MENTORING_DUTIES -> mentor;
                case SHARED_BANK ->
                    mentor
                            && pair.employerOf(event.person())
                                    .filter(e -> !e.equals(pair.organisation()))
                                    .isPresent();
                default -> true;
            };
            if (!ends) {
                continue;
            }
            String reason = switch (purpose) {
                case MENTORING_DUTIES -> "отзыв наставником согласия на выполнение обязанностей наставника";
                case SHARED_BANK -> "отзыв наставником согласия на участие в общем банке наставников";
                default -> "отзыв согласия на обработку персональных данных";
            };
            // the pair ends on its own school's date (a mentor from another school may be a zone away)
            LocalDate today = dates.today(pair.organisation());
            pair.terminate(mentor ? EndInitiator.MENTOR : EndInitiator.MENTEE, today, today, reason);
            events.publishEvent(new AuditEvent(
                    pair.organisation(),
                    AuditAction.UPDATE,
                    "Mentorship",
                    pair.id(),
                    "наставничество прекращено: " + reason));
            events.publishEvent(new MentorshipEnded(pair.organisation(), new MentorshipId(pair.id())));
        }
    }

    // The same path as a withdrawal, in the transaction that records the leaving: the labour contract ended, and the
    // mentoring duties it carried (Labour Code art. 351.8) end with it, so no order is needed to end the pair.
    @EventListener
    @Transactional
    void on(PersonLeft event) {
        String reason = "увольнение " + ru.nastavnik.shared.web.Dates.DATE.format(event.on()) + " ("
                + event.reason().wording() + ")";
        for (Mentorship pair : mentorships.runningWith(event.person().value())) {
            boolean mentor = pair.roleOf(event.person()) == MemberRole.MENTOR;
            String who = (mentor ? "наставника: " : "наставляемого: ") + reason;
            LocalDate last = pair.lastDayOf(event.on());
            if (pair.memberLeaves(event.person(), last, who)) {
                events.publishEvent(new AuditEvent(
                        pair.organisation(),
                        AuditAction.UPDATE,
                        "Mentorship",
                        pair.id(),
                        "участник выбыл из группы, " + who));
                continue;
            }
            pair.terminate(mentor ? EndInitiator.MENTOR : EndInitiator.MENTEE, last, last, who);
            events.publishEvent(new AuditEvent(
                    pair.organisation(),
                    AuditAction.UPDATE,
                    "Mentorship",
                    pair.id(),
                    "наставничество прекращено: " + who));
            events.publishEvent(new MentorshipEnded(pair.organisation(), new MentorshipId(pair.id())));
        }
    }
}
