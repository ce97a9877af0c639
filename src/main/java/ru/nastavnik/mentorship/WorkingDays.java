package ru.nastavnik.mentorship;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working days for the employer's notice (Labour Code art. 351.8: at least three working days). Counts Monday to
 * Friday; public holidays are not known to the system, so a curator giving notice just before one should allow
 * for it — the check is a floor, not a calendar.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    /** The earliest day the employer's cancellation may take effect when notice is given on {@code notice}. */
    static LocalDate earliestEnd(LocalDate notice, int workingDays) {
        LocalDate day = notice;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                counted++;
            }
        }
        return day;
    }
}
