package ru.nastavnik.documents.web;

import java.util.Locale;
import org.springframework.context.MessageSource;

/** «Шаблон — Приказ о закреплении наставнических пар (групп).docx», not the template's code. */
final class TemplateFileName {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private TemplateFileName() {}

    static String of(MessageSource messages, String kind) {
        String title = messages.getMessage("template." + kind, null, kind, RUSSIAN);
        return messages.getMessage("template.fileName", new Object[] {title}, RUSSIAN);
    }
}
