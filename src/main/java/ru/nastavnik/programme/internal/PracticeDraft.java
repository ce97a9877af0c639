package ru.nastavnik.programme.internal;

import ru.nastavnik.practices.PracticeView;

/**
 * What a completed programme's page offers to propose as a best practice — its title, summary and the sections of the
 * contest's shape prefilled from the programme, editable (the materials left to the proposer) — or where its proposal
 * stands once made.
 */
public record PracticeDraft(
        String title,
        String summary,
        String problem,
        String goals,
        String content,
        String results,
        String materials,
        boolean mayPropose,
        PracticeView proposed) {}
