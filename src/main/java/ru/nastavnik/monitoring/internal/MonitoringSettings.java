package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import ru.nastavnik.shared.InvalidInputException;

/**
 * What monitoring means by "young teacher" and when a pair's silence is noticed: a teacher is young under
 * {@code youngMaxAge} years with at most {@code youngMaxTeachingYears} of teaching (the recommendations' "молодой
 * специалист": under 35, up to 3 years); a pair needs attention after {@code quietDays} without a logged meeting; a
 * pair at risk for {@code escalationDays} more flags its school to the municipality and region.
 */
public record MonitoringSettings(int youngMaxAge, int youngMaxTeachingYears, int quietDays, int escalationDays) {

    public static final MonitoringSettings DEFAULTS = new MonitoringSettings(35, 3, 21, 14);

    static final int MIN_AGE = 25;
    static final int MAX_AGE = 40;
    static final int MAX_TEACHING_YEARS = 10;
    static final int MIN_QUIET = 7;
    static final int MAX_DAYS = 90;

    /** Every value out of its range is named at once; nothing is built from them. */
    public MonitoringSettings {
        List<InvalidInputException.Problem> problems = new ArrayList<>();
        if (youngMaxAge < MIN_AGE || youngMaxAge > MAX_AGE) {
            problems.add(InvalidInputException.Problem.field(
                    "youngMaxAge", "monitoringHealth.settings.youngMaxAge.range", MIN_AGE, MAX_AGE));
        }
        if (youngMaxTeachingYears < 1 || youngMaxTeachingYears > MAX_TEACHING_YEARS) {
            problems.add(InvalidInputException.Problem.field(
                    "youngMaxTeachingYears",
                    "monitoringHealth.settings.youngMaxTeachingYears.range",
                    1,
                    MAX_TEACHING_YEARS));
        }
        if (quietDays < MIN_QUIET || quietDays > MAX_DAYS) {
            problems.add(InvalidInputException.Problem.field(
                    "quietDays", "monitoringHealth.settings.quietDays.range", MIN_QUIET, MAX_DAYS));
        }
        if (escalationDays < 1 || escalationDays > MAX_DAYS) {
            problems.add(InvalidInputException.Problem.field(
                    "escalationDays", "monitoringHealth.settings.escalationDays.range", 1, MAX_DAYS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** From a form or a request body, where any value may be missing: a missing one is named like a bad one. */
    public static MonitoringSettings of(
            Integer youngMaxAge, Integer youngMaxTeachingYears, Integer quietDays, Integer escalationDays) {
        return new MonitoringSettings(
                youngMaxAge == null ? -1 : youngMaxAge,
                youngMaxTeachingYears == null ? -1 : youngMaxTeachingYears,
                quietDays == null ? -1 : quietDays,
                escalationDays == null ? -1 : escalationDays);
    }
}
