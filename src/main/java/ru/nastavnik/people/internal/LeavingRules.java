package ru.nastavnik.people.internal;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.web.Dates;

/**
 * What a valid leaving record is, for the card, the API and the import alike: a date with its reason; the date is
 * the last working day, so neither in the future (a dismissal is recorded once it happened) nor before the hire.
 */
final class LeavingRules {

    static final int MAX_COMMENT = 1000;

    private LeavingRules() {}

    static void check(List<Problem> problems, StaffData data, LocalDate today) {
        LocalDate left = data.leftOn();
        if (left == null) {
            if (data.leavingReason() != null || data.leavingComment() != null) {
                problems.add(Problem.field("leftOn", "staffRetention.leftOn.required"));
            }
            return;
        }
        if (data.leavingReason() == null) {
            problems.add(Problem.field("leavingReason", "staffRetention.reason.required"));
        }
        if (left.isAfter(today)) {
            problems.add(Problem.field("leftOn", "staffRetention.leftOn.future", Dates.DATE.format(today)));
        } else if (left.isBefore(StaffRules.EARLIEST_CONTRACT)) {
            problems.add(Problem.field("leftOn", "staffRetention.leftOn.tooEarly"));
        } else if (data.hiredOn() != null && left.isBefore(data.hiredOn())) {
            problems.add(
                    Problem.field("leftOn", "staffRetention.leftOn.beforeHire", Dates.DATE.format(data.hiredOn())));
        }
        if (data.leavingComment() != null && data.leavingComment().length() > MAX_COMMENT) {
            problems.add(Problem.field("leavingComment", "staffRetention.comment.tooLong", MAX_COMMENT));
        }
    }
}
