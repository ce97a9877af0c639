package ru.nastavnik.roadmap.internal;

import java.time.LocalDate;
import java.time.Month;

/** A school year, September to August, named by the calendar year it starts in (2026 is «2026/2027»). */
public record SchoolYear(int startYear) {

    public SchoolYear {
        if (startYear < 2000 || startYear > 2200) {
            throw new IllegalArgumentException("school year out of range: " + startYear);
        }
    }

    public static SchoolYear of(LocalDate date) {
        return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate start() {
        return LocalDate.of(startYear, Month.SEPTEMBER, 1);
    }

    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.AUGUST, 31);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && !date.isAfter(end());
    }

    public SchoolYear previous() {
        return new SchoolYear(startYear - 1);
    }

    public String label() {
        return startYear + "/" + (startYear + 1);
    }
}
