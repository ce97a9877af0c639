package ru.nastavnik;

import java.time.LocalDate;
import ru.nastavnik.organisation.SchoolDates;

/**
 * "Today" as the fixtures' schools see it. Every school a test creates keeps the default zone (Moscow), and the
 * application takes a school's dates from {@link SchoolDates}, not from the UTC clock: a test that computed its dates
 * with {@code LocalDate.now()} (UTC) would expect yesterday between 21:00 and 24:00 UTC.
 */
public final class SchoolToday {

    private SchoolToday() {}

    /** The date of a school in the default zone now. */
    public static LocalDate date() {
        return LocalDate.now(SchoolDates.DEFAULT_ZONE);
    }
}
