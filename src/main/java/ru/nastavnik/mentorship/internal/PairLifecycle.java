package ru.nastavnik.mentorship.internal;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipEnded;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipStarted;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.organisation.SchoolDays;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * What happens to pairs on another's step, not on a curator's click on the pair: they start when their order is
 * registered and the consents are on file, end on the day their announced early end comes, and complete with their
 * programme.
 */
@Service
@Transactional
class PairLifecycle {

    private final MentorshipRepository repository;
    private final OrderRepository orders;
    private final PairingPolicy policy;
    private final PairManagement mentorships;
    private final ApplicationEventPublisher events;
    private final NoticeCalendar calendar;

    PairLifecycle(
            MentorshipRepository repository,
            OrderRepository orders,
            PairingPolicy policy,
            PairManagement mentorships,
            ApplicationEventPublisher events,
            NoticeCalendar calendar) {
        this.repository = repository;
        this.orders = orders;
        this.policy = policy;
        this.mentorships = mentorships;
        this.events = events;
        this.calendar = calendar;
    }

    /**
     * Activates the pairs of a registered order whose mentors' consents to the duties (Labour Code art. 351.8)
     * are on file; the others stay planned and are activated when the consent arrives.
     */
    void activate(List<Mentorship> candidates) {
        for (Mentorship mentorship : candidates) {
            boolean registered = mentorship.assignmentOrder() != null
                    && orders.findById(mentorship.assignmentOrder())
                            .map(MentorshipOrder::registered)
                            .orElse(false);
            if (mentorship.activate(
                    registered, policy.consentsOnFile(mentorship), calendar.today(mentorship.organisation()))) {
                audit(mentorship.organisation(), mentorship, "пара (группа) начала работу");
                events.publishEvent(
                        new MentorshipStarted(mentorship.organisation(), new MentorshipId(mentorship.id())));
            }
        }
    }

    /**
     * Ends the pairs whose announced early end has come, each by its own school's date (a Moscow pair due tomorrow
     * is not ended at 22:00 UTC because Vladivostok is already there); run by the scheduler, and safe to run again.
     */
    int finishDueTerminations() {
        SchoolDays days = calendar.everywhere();
        int ended = 0;
        for (Mentorship pair : repository.terminationsDue(days.latest())) {
            if (pair.finishDueTermination(days.of(pair.organisation()))) {
                audit(pair.organisation(), pair, "наставническая пара (группа) прекращена досрочно (по уведомлению)");
                events.publishEvent(new MentorshipEnded(pair.organisation(), new MentorshipId(pair.id())));
                ended++;
            }
        }
        return ended;
    }

    /** Completing the programme completes its pair, whatever the planned end: the goals were reached together. */
    void completeWithProgramme(NastavnikPrincipal caller, MentorshipId id) {
        Mentorship pair = mentorships.managed(caller, id);
        if (pair.status() == MentorshipStatus.ACTIVE || pair.status() == MentorshipStatus.PAUSED) {
            pair.completeEarly(calendar.today(pair.organisation()));
            audit(pair.organisation(), pair, "наставническая пара (группа) завершена по итогам программы");
            events.publishEvent(new MentorshipEnded(pair.organisation(), new MentorshipId(pair.id())));
        }
    }

    private void audit(OrganisationId organisation, Mentorship mentorship, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Mentorship", mentorship.id(), details));
    }
}
