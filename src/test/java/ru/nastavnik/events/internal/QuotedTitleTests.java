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

    @Test
    void aTitleThatNamesItsKindInAnyCaseFormIsPrintedWithoutTheKindBeforeIt() {
        assertThat(EventDocumentModel.namesItsKind("Конференция", "Муниципальная конференция наставников"))
                .isTrue();
        assertThat(EventDocumentModel.namesItsKind("Круглый стол", "Итоги муниципального круглого стола"))
                .isTrue();
        assertThat(EventDocumentModel.namesItsKind("Установочная сессия", "Установочная сессия для наставников"))
                .isTrue();
        assertThat(EventDocumentModel.namesItsKind("Мастер-класс", "Мастер-класс молодого учителя"))
                .isTrue();
        assertThat(EventDocumentModel.namesItsKind("Конференция", "Первые шаги наставника"))
                .isFalse();
        assertThat(EventDocumentModel.namesItsKind("Круглый стол", "Стол заказов"))
                .isFalse();
        assertThat(EventDocumentModel.namesItsKind("Семинар", "Наставник и молодой педагог"))
                .isFalse();
    }
}
