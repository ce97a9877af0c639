package ru.nastavnik.training.internal;

import java.time.LocalDate;

/** What is written about an external course: who ran it, its title, hours and dates (certificate aside). */
public record CourseDraft(String provider, String title, Integer hours, LocalDate startsOn, LocalDate endsOn) {}
