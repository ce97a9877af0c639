package ru.nastavnik.mentorship;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
    private final Mentorships mentorships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PairLifecycle(
            MentorshipRepository repository,
            OrderRepository orders,
            PairingPolicy policy,
            Mentorships mentorships,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repository = repository;
        this.orders = orders;
        this.policy = policy;
        this.mentorships = mentorships;
        this.events = events;
        this.clock = clock;
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
            if (mentorship.activate(registered, policy.consentsOnFile(mentorship), LocalDate.now(clock))) {
                audit(mentorship.organisation(), mentorship, "пара (группа) начала работу");
                events.publishEvent(
                        new MentorshipStarted(mentorship.organisation(), new MentorshipId(mentorship.id())));
            }
        }
    }

    /** Ends the pairs whose announced early end has come; run by the scheduler, and safe to run again. */
    int finishDueTerminations() {
        LocalDate today = LocalDate.now(clock);
        int ended = 0;
        for (Mentorship pair : repository.terminationsDue(today)) {
            if (pair.finishDueTermination(today)) {
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
            pair.completeEarly(LocalDate.now(clock));
            audit(pair.organisation(), pair, "наставническая пара (группа) завершена по итогам программы");
            events.publishEvent(new MentorshipEnded(pair.organisation(), new MentorshipId(pair.id())));
        }
    }

    private void audit(OrganisationId organisation, Mentorship mentorship, String details) {
        events.publishEvent(new AuditEvent(organisation, AuditAction.UPDATE, "Mentorship", mentorship.id(), details));
    }
}
