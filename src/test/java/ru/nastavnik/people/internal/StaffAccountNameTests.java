package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffData;

class StaffAccountNameTests {

    private final StaffData ivanova = Fixtures.teacher("Иванова", "Мария", "Петровна");

    @Test
    void anAccountNamedAsTheRecordIsTheSamePersonWhateverTheOrderOrInitials() {
        assertThat(AccountLinks.sameName("Иванова Мария Петровна", ivanova)).isTrue();
        assertThat(AccountLinks.sameName("Мария Иванова", ivanova)).isTrue();
        assertThat(AccountLinks.sameName("Иванова М. П.", ivanova)).isTrue();
        assertThat(AccountLinks.sameName("ИВАНОВА мария", ivanova)).isTrue();
    }

    @Test
    void anotherNameIsNotTheSamePerson() {
        assertThat(AccountLinks.sameName("Петрова Мария Ивановна", ivanova)).isFalse();
        assertThat(AccountLinks.sameName("Иванова Анна", ivanova)).isFalse();
        assertThat(AccountLinks.sameName("Тест MENTOR", ivanova)).isFalse();
    }
}
