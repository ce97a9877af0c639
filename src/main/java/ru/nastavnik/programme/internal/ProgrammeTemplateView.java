package ru.nastavnik.programme.internal;

import java.util.List;
import ru.nastavnik.bank.MenteeCategory;

/** The template of one mentee category as it applies to an organisation; {@code edited} once the school changed it. */
public record ProgrammeTemplateView(
        MenteeCategory category, String goal, List<StandardActivity> activities, boolean edited, long version) {}
