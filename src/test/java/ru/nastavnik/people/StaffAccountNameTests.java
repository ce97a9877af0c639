package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nastavnik.Fixtures;

class StaffAccountNameTests {

    private final StaffData ivanova = Fixtures.teacher("Иванова", "Мария", "Петровна");

    @Test
    void anAccountNamedAsTheRecordIsTheSamePersonWhateverTheOrderOrInitials() {
        assertThat(StaffAccounts.sameName("Иванова Мария Петровна", ivanova)).isTrue();
        assertThat(StaffAccounts.sameName("Мария Иванова", ivanova)).isTrue();
        assertThat(StaffAccounts.sameName("Иванова М. П.", ivanova)).isTrue();
        assertThat(StaffAccounts.sameName("ИВАНОВА мария", ivanova)).isTrue();
    }

    @Test
    void anotherNameIsNotTheSamePerson() {
        assertThat(StaffAccounts.sameName("Петрова Мария Ивановна", ivanova)).isFalse();
        assertThat(StaffAccounts.sameName("Иванова Анна", ivanova)).isFalse();
        assertThat(StaffAccounts.sameName("Тест MENTOR", ivanova)).isFalse();
    }
}
