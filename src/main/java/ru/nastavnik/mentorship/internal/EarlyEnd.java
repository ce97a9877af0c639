package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.WorkingDays;
import ru.nastavnik.shared.web.Dates;

/**
 * The rules of a pair's early end: a reason, dates in order within the pair's period, an end already announced only
 * brought forward, and the employer's notice of three working days for a started pair (Labour Code art. 351.8).
 */
final class EarlyEnd {

    private EarlyEnd() {}

    /** Refuses an early end that the pair's state or the law does not allow; nothing is changed. */
    static void check(
            MentorshipStatus status,
            LocalDate terminationDueOn,
            LocalDate endsOn,
            EndInitiator initiator,
            LocalDate notice,
            LocalDate effective,
            String reason,
            WorkingDays calendar) {
        if (status.ended()) {
            throw InvalidInputException.of("status", "mentorship.transition.invalid");
        }
        // an end already announced can only be brought forward (a withdrawn consent ends the pair the same day)
        if (terminationDueOn != null && effective.isAfter(terminationDueOn)) {
            throw InvalidInputException.of(
                    "effectiveOn", "mentorship.end.alreadyDue", Dates.DATE.format(terminationDueOn));
        }
        if (effective.isAfter(endsOn)) {
            throw InvalidInputException.of("effectiveOn", "mentorship.end.afterPlannedEnd", Dates.DATE.format(endsOn));
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw InvalidInputException.of("reason", "mentorship.end.reason");
        }
        if (effective.isBefore(notice)) {
            throw InvalidInputException.of("effectiveOn", "mentorship.end.beforeNotice");
        }
        LocalDate earliest = calendar.earliestEnd(notice, Mentorship.NOTICE_WORKING_DAYS);
        if (status != MentorshipStatus.PLANNED && initiator == EndInitiator.EMPLOYER && effective.isBefore(earliest)) {
            throw InvalidInputException.of(
                    "effectiveOn",
                    "mentorship.end.notice",
                    Mentorship.NOTICE_WORKING_DAYS,
                    Dates.DATE.format(earliest));
        }
    }

    /**
     * A pair whose order is signed ends on its first day at the earliest: an order ending it before it began
     * («прекратить с 10.12» for a pair from 14.12) is one the director would correct by hand.
     */
    static void notBeforeStart(MentorshipStatus status, LocalDate startsOn, LocalDate effective) {
        if (status != MentorshipStatus.PLANNED && effective.isBefore(startsOn)) {
            throw InvalidInputException.of("effectiveOn", "mentorship.end.beforeStart", Dates.DATE.format(startsOn));
        }
    }
}
