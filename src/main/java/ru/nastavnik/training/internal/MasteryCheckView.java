package ru.nastavnik.training.internal;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.Question;

/** A mastery check: its questions with their points, the maximum and the pass mark ({@code null}: not set yet). */
public record MasteryCheckView(
        MasteryCheckId id,
        OrganisationId organisation,
        String title,
        Integer passMark,
        int maximum,
        List<Question> questions,
        long version) {}
