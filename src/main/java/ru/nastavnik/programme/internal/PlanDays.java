package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.List;
import ru.nastavnik.shared.SchoolTerm;

/**
 * The days a programme's plan may date its activities on: the study days of the period, so that an open lesson
 * does not fall in the summer holidays or on a Sunday; every day of it if the period has no study day at all.
 */
final class PlanDays {

    private final List<LocalDate> days;

    PlanDays(SchoolTerm term, LocalDate from, LocalDate to) {
        List<LocalDate> study = term.studyDays(from, to);
        this.days = study.isEmpty() ? from.datesUntil(to.plusDays(1)).toList() : study;
    }

    int size() {
        return days.size();
    }

    /** The {@code n}-th day from the start (0 is the first), or the last one. */
    LocalDate fromStart(int n) {
        return days.get(Math.min(n, days.size() - 1));
    }

    /** The {@code n}-th day before the last one, or the first one. */
    LocalDate beforeEnd(int n) {
        return days.get(Math.max(days.size() - 1 - n, 0));
    }

    /** The first day on or after {@code date}, or the last one. */
    LocalDate onOrAfter(LocalDate date) {
        return days.stream().filter(d -> !d.isBefore(date)).findFirst().orElse(days.get(days.size() - 1));
    }
}
