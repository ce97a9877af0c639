package ru.nastavnik.monitoring.internal;

import org.junit.jupiter.api.Test;
import ru.nastavnik.MovedTexts;
import ru.nastavnik.documents.DefaultTemplate;

/**
 * The system review's template read from {@code documents/defaults/monitoring-system-review.txt} and its sample
 * from {@code defaults/monitoring/} produce the document and values the Java chain did.
 */
class SystemReviewDefaultTextsTests {

    @Test
    void systemReviewIsTheDocumentBuiltInJavaBefore() {
        DefaultTemplate review = new SystemReviewTemplate().systemReviewDocument();

        MovedTexts.assertSameDocument("monitoring/system-review.xml", review.docx());
        MovedTexts.assertSameAs("monitoring/system-review-sample.json", review.sampleModel());
    }
}
