package ru.nastavnik.bank;

import java.util.List;

/** The forms of mentoring a mentor may prefer (defaults of schools' regulations; the pairs module adds its own). */
public final class MentoringForms {

    public static final List<String> DEFAULTS = List.of("традиционная (один на один)", "групповая",
            "виртуальная (дистанционная)", "краткосрочная (целеполагающая)", "реверсивная", "ситуационная",
            "«педагог – педагог»", "«руководитель – педагог»");

    private MentoringForms() {
    }
}
