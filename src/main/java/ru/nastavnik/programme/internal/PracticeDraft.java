package ru.nastavnik.programme.internal;

import ru.nastavnik.practices.PracticeView;

/**
 * What a completed programme's page offers to propose as a best practice (title and summary prefilled from the
 * programme, editable), or where its proposal stands once made.
 */
public record PracticeDraft(String title, String summary, boolean mayPropose, PracticeView proposed) {}
