package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import ru.nastavnik.people.QualificationCategory;

/** A result as a form sends it; the programme's result checks it. A publication says what it is. */
public record NewResult(
        ResultKind kind,
        QualificationCategory category,
        ContestLevel level,
        boolean won,
        String title,
        LocalDate achievedOn,
        PublicationKind publication) {

    public NewResult(
            ResultKind kind,
            QualificationCategory category,
            ContestLevel level,
            boolean won,
            String title,
            LocalDate achievedOn) {
        this(kind, category, level, won, title, achievedOn, null);
    }
}
