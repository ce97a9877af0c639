package ru.nastavnik.practices;

import java.time.LocalDate;
import java.util.UUID;

/** The authors' written consent to distribute the practice: its date, and the user who recorded it. */
public record DistributionConsent(LocalDate givenOn, UUID recordedBy, String recordedByName) {}
