package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import ru.nastavnik.people.PersonId;

public record CheckInView(
        PersonId person,
        String name,
        boolean mentor,
        int meetingsHeld,
        String progress,
        String difficulties,
        int satisfaction,
        LocalDate submittedOn) {}
