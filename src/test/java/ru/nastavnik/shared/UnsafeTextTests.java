package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsafeTextTests {

    @Test
    void ordinaryRussianTextWithLineBreaksIsAccepted() {
        assertThat(UnsafeText.problem("Иванова Мария Петровна")).isNull();
        assertThat(UnsafeText.problem("Первая строка\r\nвторая\tс табуляцией")).isNull();
        assertThat(UnsafeText.problem("   "))
                .as("blank is 'not given', not unsafe")
                .isNull();
        assertThat(UnsafeText.problem(null)).isNull();
    }

    @Test
    void controlCharactersBidiOverridesAndInvisibleOnlyTextAreRefused() {
        assertThat(UnsafeText.problem("Ива\u0000нова")).isEqualTo("text.unsafe.control");
        assertThat(UnsafeText.problem("abc\u007f")).isEqualTo("text.unsafe.control");
        assertThat(UnsafeText.problem("abc\u0085")).isEqualTo("text.unsafe.control");
        assertThat(UnsafeText.problem("файл\u202Efdp.exe")).isEqualTo("text.unsafe.bidi");
        assertThat(UnsafeText.problem("\u2067x")).isEqualTo("text.unsafe.bidi");
        assertThat(UnsafeText.problem("\u200b\u200d\ufeff")).isEqualTo("text.unsafe.invisible");
        assertThat(UnsafeText.problem("\u3164")).isEqualTo("text.unsafe.invisible");
    }

    @Test
    void aTextSentNowIsRefusedPastAHundredThousandCharactersAndAStoredOneIsNot() {
        String longest = "я".repeat(UnsafeText.LONGEST);
        String longer = longest + "я";

        assertThat(UnsafeText.sentProblem(longest)).isNull();
        assertThat(UnsafeText.sentProblem(longer)).isEqualTo(UnsafeText.TOO_LONG);
        assertThat(UnsafeText.sentProblem("Ива\u0000нова")).isEqualTo("text.unsafe.control");
        assertThat(UnsafeText.problem(longer))
                .as("what was stored is read back whatever its length")
                .isNull();
    }
}
