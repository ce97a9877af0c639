package ru.nastavnik.documents;

import java.util.List;

/**
 * One thing wrong with an uploaded template, as a message key of {@code i18n/documents.properties} and its
 * arguments (usually the placeholder as written, «{{person.fulName}}»).
 */
public record TemplateProblem(String messageKey, List<Object> args) {

    public TemplateProblem {
        args = List.copyOf(args);
    }

    public static TemplateProblem of(TemplateException e) {
        return new TemplateProblem(e.messageKey(), List.of(e.args()));
    }
}
