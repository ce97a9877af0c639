package ru.nastavnik.bank;

import java.util.List;
import ru.nastavnik.shared.DefaultContent;
import tools.jackson.core.type.TypeReference;

/**
 * The forms of mentoring a mentor may prefer (defaults of schools' regulations; the pairs module adds its own).
 * Content, not code: {@code defaults/bank/mentoring-forms.json}.
 */
public final class MentoringForms {

    public static final List<String> DEFAULTS = List.copyOf(
            DefaultContent.read("defaults/bank/mentoring-forms.json", new TypeReference<List<String>>() {}));

    private MentoringForms() {}
}
