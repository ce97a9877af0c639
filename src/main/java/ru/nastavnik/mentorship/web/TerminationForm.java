package ru.nastavnik.mentorship.web;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import ru.nastavnik.mentorship.EndInitiator;

/** The early end of a pair as its form sends it: who asked, when notice was given, from when, why. */
record TerminationForm(
        EndInitiator initiator,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate noticeOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveOn,
        String reason) {}
