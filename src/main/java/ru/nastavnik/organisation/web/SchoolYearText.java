package ru.nastavnik.organisation.web;

import java.time.LocalDate;
import java.time.Month;

/** A school year as people write it, «2026/27»: from June on, the year that begins in September. */
final class SchoolYearText {

    private SchoolYearText() {}

    static String of(LocalDate day) {
        int autumn = day.getMonthValue() >= Month.JUNE.getValue() ? day.getYear() : day.getYear() - 1;
        return autumn + "/" + String.format("%02d", (autumn + 1) % 100);
    }
}
