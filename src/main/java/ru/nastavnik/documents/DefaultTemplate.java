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
}
