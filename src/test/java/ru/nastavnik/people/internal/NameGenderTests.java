package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.Gender;

class NameGenderTests {

    @Test
    void thePatronymicSaysTheGenderFirst() {
        assertThat(NameGender.of("Смирнова", "Викторовна")).isEqualTo(Gender.FEMALE);
        assertThat(NameGender.of("Черных", "Ильинична")).isEqualTo(Gender.FEMALE);
        assertThat(NameGender.of("Черных", "Ильич")).isEqualTo(Gender.MALE);
        assertThat(NameGender.of("Алиев", "Гусейн оглы")).isEqualTo(Gender.MALE);
        assertThat(NameGender.of("Абдуллаева", "Рашид кызы")).isEqualTo(Gender.FEMALE);
        // a typo in the surname does not outvote the patronymic
        assertThat(NameGender.of("Иванов", "Петровна")).isEqualTo(Gender.FEMALE);
    }

    @Test
    void withoutAPatronymicTheSurnamesRussianEndingSaysIt() {
        assertThat(NameGender.of("Ким", null)).isNull();
        assertThat(NameGender.of("Петрова-Водкина", null)).isEqualTo(Gender.FEMALE);
        assertThat(NameGender.of("Достоевский", "")).isEqualTo(Gender.MALE);
        assertThat(NameGender.of("Ильина", null)).isEqualTo(Gender.FEMALE);
        assertThat(NameGender.of("Пушкин", null)).isEqualTo(Gender.MALE);
    }

    @Test
    void aNameThatDoesNotSayItIsLeftForTheCurator() {
        assertThat(NameGender.of("Ли", "Хо")).isNull();
        assertThat(NameGender.of("Черных", null)).isNull();
        assertThat(NameGender.of("Шевченко", null)).isNull();
        assertThat(NameGender.of(null, null)).isNull();
    }
}
