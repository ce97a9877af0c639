package ru.nastavnik.monitoring.web;

import org.junit.jupiter.api.Test;
import ru.nastavnik.MovedTexts;

/** The generated monitoring documents' wording, read from {@code documents/defaults/}, is what the Java built. */
class MonitoringDocumentTextsTests {

    @Test
    void programmeResultsAreTheDocumentBuiltInJavaBefore() {
        MovedTexts.assertSameDocument("monitoring/programme-results.xml", ProgrammeMonitoringDocument.template());
    }

    @Test
    void campaignSubmissionIsTheDocumentBuiltInJavaBefore() {
        MovedTexts.assertSameDocument("monitoring/campaign-submission.xml", SubmissionDocument.template());
    }

    @Test
    void coveringLetterIsItsWording() {
        MovedTexts.assertSameDocument("monitoring/campaign-covering-letter.xml", CoveringLetterDocument.template());
    }
}
