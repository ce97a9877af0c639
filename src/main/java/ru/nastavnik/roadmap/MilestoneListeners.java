package ru.nastavnik.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.MenteeEntered;
import ru.nastavnik.bank.MentorEntered;
import ru.nastavnik.bank.MentorTrained;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.events.EventHeld;
import ru.nastavnik.mentorship.OrderRegistered;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.roadmap.internal.MilestoneLog;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.survey.QuestionnaireClosed;
import ru.nastavnik.training.MentorCourseCompleted;

/**
 * The roadmap learns what happened from the events each module publishes, after their commits (the event
 * registry resends them after a crash): a module that lands later adds its milestone here. It stays in the base
 * package although only the module uses it: the registry keeps each incomplete publication under its listener's
 * qualified method name, which a move would orphan.
 */
@Component
class MilestoneListeners {

    private final MilestoneLog log;
    private final Clock clock;
    private final SchoolDates dates;

    MilestoneListeners(MilestoneLog log, SchoolDates dates, Clock clock) {
        this.log = log;
        this.clock = clock;
        this.dates = dates;
    }

    @ApplicationModuleListener
    void on(OrderRegistered registered) {
        Milestone milestone = switch (registered.kind()) {
            case REGULATION -> Milestone.REGULATION_APPROVED;
            case ASSIGNMENT -> Milestone.PAIRS_ASSIGNED;
            case PROGRAMME_APPROVAL -> Milestone.PROGRAMMES_APPROVED;
            default -> null;
        };
        if (milestone != null) {
            LocalDate date = registered.date() == null ? dates.today(registered.organisation()) : registered.date();
            String label = "№ " + registered.number()
                    + (registered.date() == null ? "" : " от " + Dates.DATE.format(registered.date()));
            Instant at = date.atStartOfDay(Dates.DEFAULT_ZONE).toInstant();
            log.record(registered.organisation(), milestone, at, EvidenceKind.ORDER, registered.order(), label);
            if (milestone == Milestone.PAIRS_ASSIGNED) {
                // the order that assigns the pairs names the mentors chosen for them: the selection is done
                log.record(
                        registered.organisation(),
                        Milestone.MENTORS_SELECTED,
                        at,
                        EvidenceKind.ORDER,
                        registered.order(),
                        label);
            }
        }
    }

    /** A consent to the data's processing or to the duties came in: the roadmap counts the people who gave one. */
    @ApplicationModuleListener
    void on(ConsentGiven given) {
        if (given.purpose() == ConsentPurpose.PERSONAL_DATA || given.purpose() == ConsentPurpose.MENTORING_DUTIES) {
            LocalDate on = given.givenOn() == null ? dates.today(given.organisation()) : given.givenOn();
            log.record(
                    given.organisation(),
                    Milestone.CONSENTS_RECEIVED,
                    on.atStartOfDay(Dates.DEFAULT_ZONE).toInstant(),
                    EvidenceKind.CONSENT,
                    given.person().value(),
                    null);
        }
    }

    @ApplicationModuleListener
    void on(QuestionnaireClosed closed) {
        Milestone milestone = switch (closed.purpose()) {
            case NEEDS -> Milestone.NEEDS_SURVEY_CLOSED;
            case POTENTIAL_MENTOR -> Milestone.MENTOR_SURVEY_CLOSED;
            case SATISFACTION_MENTOR, SATISFACTION_MENTEE -> Milestone.SATISFACTION_SURVEY_CLOSED;
            default -> null;
        };
        if (milestone != null) {
            log.record(
                    closed.organisation(),
                    milestone,
                    closed.closedAt(),
                    EvidenceKind.QUESTIONNAIRE,
                    closed.questionnaire().value(),
                    null);
        }
    }

    /** What a module that depends on the roadmap reports (publishing: news published). */
    @ApplicationModuleListener
    void on(MilestoneReached reached) {
        log.record(
                reached.organisation(),
                reached.milestone(),
                reached.at(),
                reached.kind(),
                reached.evidence(),
                reached.note());
    }

    @ApplicationModuleListener
    void on(MenteeEntered entered) {
        log.record(
                entered.organisation(),
                Milestone.MENTEE_BANK_FORMED,
                clock.instant(),
                EvidenceKind.MENTEE,
                entered.person().value(),
                null);
    }

    @ApplicationModuleListener
    void on(MentorEntered entered) {
        log.record(
                entered.organisation(),
                Milestone.MENTOR_BANK_FORMED,
                clock.instant(),
                EvidenceKind.MENTOR,
                entered.person().value(),
                null);
    }

    /**
     * A mentor in the bank became trained — by the course (reported by {@link MentorCourseCompleted} too, recorded
     * once), or by the curator's mark of training elsewhere, which the course's event never reports.
     */
    @ApplicationModuleListener
    void on(MentorTrained trained) {
        log.record(
                trained.organisation(),
                Milestone.MENTOR_TRAINED,
                trained.trainedOn().atStartOfDay(Dates.DEFAULT_ZONE).toInstant(),
                EvidenceKind.COURSE,
                trained.person().value(),
                null);
    }

    @ApplicationModuleListener
    void on(MentorCourseCompleted completed) {
        log.record(
                completed.organisation(),
                Milestone.MENTOR_TRAINED,
                completed.completedOn().atStartOfDay(Dates.DEFAULT_ZONE).toInstant(),
                EvidenceKind.COURSE,
                completed.person().value(),
                null);
    }

    @ApplicationModuleListener
    void on(EventHeld held) {
        Milestone milestone = switch (held.kind()) {
            case INSTALLATION_SESSION, CONSULTATION -> Milestone.SESSION_HELD;
            case CONFERENCE, SEMINAR -> Milestone.CONFERENCE_HELD;
            case ROUND_TABLE -> Milestone.ROUND_TABLE_HELD;
            default -> null;
        };
        if (milestone != null) {
            log.record(
                    held.organisation(),
                    milestone,
                    held.startsAt(),
                    EvidenceKind.EVENT,
                    held.event().value(),
                    null);
        }
    }
}
