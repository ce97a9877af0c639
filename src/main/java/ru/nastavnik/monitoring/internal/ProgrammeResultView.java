package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.UUID;
import ru.nastavnik.people.QualificationCategory;

public record ProgrammeResultView(
        UUID id,
        ResultKind kind,
        QualificationCategory category,
        ContestLevel level,
        boolean won,
        String title,
        LocalDate achievedOn,
        PublicationKind publication) {}
