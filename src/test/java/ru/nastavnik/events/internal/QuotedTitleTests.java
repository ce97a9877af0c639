package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title the documents put in «…» nests its own quotation marks as Russian typography does. */
class QuotedTitleTests {

    @Test
    void aTitlesOwnQuotationMarksBecomeLowAndHighOnesInsideTheDocumentsGuillemets() {
        assertThat(EventDocumentModel.quotedInQuotes("Круглый стол «Трудности первого года»"))
                .isEqualTo("Круглый стол „Трудности первого года“");
        assertThat(EventDocumentModel.quotedInQuotes("Первые шаги наставника")).isEqualTo("Первые шаги наставника");
    }

    @Test
    void aTitleTypedInQuotationMarksAsAWholeLosesThem() {
        assertThat(EventDocumentModel.quotedInQuotes("«Первые шаги наставника»"))
                .isEqualTo("Первые шаги наставника");
        assertThat(EventDocumentModel.quotedInQuotes("«Школа» и «семья»")).isEqualTo("„Школа“ и „семья“");
    }
}
