package ru.nastavnik.documents;

import java.util.Map;

/**
 * A built-in document template that a module ships (a consent form, an order …). An organisation may replace
 * it with its own DOCX; the sample model lists every placeholder the template may use, which is also how an
 * uploaded replacement is checked for typos.
 */
public interface DefaultTemplate {

    /** A stable name, e.g. {@code consent-personal-data}. */
    String kind();

    /** The message key of the template's human title. */
    String titleKey();

    byte[] docx();

    Map<String, Object> sampleModel();

    /**
     * The built-in template of this kind whose wording is the text resource {@code documents/defaults/<kind>.txt}
     * ({@link TemplateScript}), titled by the message key {@code template.<kind>}. It is read and built on first use:
     * some thirty templates built at start cost seconds of a node's start (Apache POI loaded for nothing).
     */
    static DefaultTemplate of(String kind, java.util.function.Supplier<Map<String, Object>> sample) {
        return new BuiltInTemplate(kind, () -> TemplateScript.read(kind).build(), sample);
    }
}
