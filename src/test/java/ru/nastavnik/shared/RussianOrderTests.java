package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** «Ёлкина» between «Ежова» and «Жукова», not first (a new school's familiarisation sheets, session 33). */
class RussianOrderTests {

    @Test
    void yoComesAfterYeAndCaseIsIgnored() {
        List<String> sorted = Stream.of("Жукова", "Ёлкина", "белых", "Ежова", "Белая", "Аникина", "ёжиков", "Яковлева")
                .sorted(RussianOrder.NAMES)
                .toList();

        assertThat(sorted)
                .containsExactly("Аникина", "Белая", "белых", "Ежова", "ёжиков", "Ёлкина", "Жукова", "Яковлева");
    }

    @Test
    void aNameBeforeItsLongerNamesakeAndNullFirst() {
        assertThat(Stream.of("Иванова Анна Петровна", null, "Иванова Анна", "Иванов")
                        .sorted(RussianOrder.NAMES)
                        .toList())
                .containsExactly(null, "Иванов", "Иванова Анна", "Иванова Анна Петровна");
    }
}
