package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StaffDataTests {

    /** The rule as first written: strip, then every run of {@code \s} becomes one space; a blank value is none. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static String byTheRegularExpression(String value) {
        if (value == null || value.strip().isEmpty()) {
            return null;
        }
        return WHITESPACE.matcher(value.strip()).replaceAll(" ");
    }

    private static StaffData withText(String text) {
        return new StaffData(
                text,
                text,
                text,
                null,
                null,
                text,
                List.of(text),
                List.of(text),
                null,
                null,
                null,
                text,
                null,
                text,
                text,
                text,
                null);
    }

    @Test
    void runsOfSpacesTabsAndLineBreaksBecomeOneSpaceAndBlankTextNone() {
        StaffData data = withText("  Иванова\t\tМария \r\n Петровна  ");

        assertThat(data.lastName()).isEqualTo("Иванова Мария Петровна");
        assertThat(data.positions()).containsExactly("Иванова Мария Петровна");
        assertThat(withText(" \t\n").lastName()).isNull();
        assertThat(withText(" \t\n").positions()).isEmpty();
        assertThat(withText("Анна-Мария").lastName()).isEqualTo("Анна-Мария");
        // a no-break space is not a space to the rule (nor to strip): kept as typed
        assertThat(withText("Анна\u00A0Мария").lastName()).isEqualTo("Анна\u00A0Мария");
    }

    @Test
    void aContractNumberLosesItsNumberSign() {
        assertThat(withText("№ 15").employmentContractNumber()).isEqualTo("15");
        assertThat(withText("№15/2019").employmentContractNumber()).isEqualTo("15/2019");
        assertThat(withText("15 №").employmentContractNumber()).isEqualTo("15 №");
        assertThat(withText(" № \t").employmentContractNumber()).isNull();
    }

    @Test
    void everyTextIsCleanedAsTheRegularExpressionCleansIt() {
        char[] alphabet = {' ', ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2003', 'а', 'Я', 'b', '-', '№'};
        Random random = new Random(32);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int length = random.nextInt(9); length > 0; length--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String typed = text.toString();
            String expected = byTheRegularExpression(typed);

            StaffData data = withText(typed);
            assertThat(data.lastName()).as("«%s»", typed).isEqualTo(expected);
            assertThat(data.subjects()).as("«%s»", typed).isEqualTo(expected == null ? List.of() : List.of(expected));
            String number = expected == null || !expected.startsWith("№")
                    ? expected
                    : byTheRegularExpression(expected.replaceFirst("^№\\s*", ""));
            assertThat(data.employmentContractNumber()).as("«%s»", typed).isEqualTo(number);
        }
    }

    @Test
    void aNameToChooseFromCarriesThePositionAndSubjectsThatTellNamesakesApart() {
        StaffData maths = ru.nastavnik.Fixtures.teacher("Иванова", "Мария", "Петровна", null, List.of("математика"));
        StaffData history =
                ru.nastavnik.Fixtures.teacher("Иванова", "Мария", "Петровна", null, List.of("история", "право"));
        assertThat(maths.nameToChoose()).isEqualTo("Иванова Мария Петровна — учитель (математика)");
        assertThat(history.nameToChoose()).isEqualTo("Иванова Мария Петровна — учитель (история, право)");
    }
}
