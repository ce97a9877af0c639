package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words in brackets after a speaker's name against her school, positions and subjects. */
class SpeakerMarksTests {

    static boolean describes(String mark, String known) {
        List<String> words = EventInvitees.words(known);
        return EventInvitees.words(mark).stream().allMatch(w -> EventInvitees.matches(w, words));
    }

    @Test
    void aSchoolsNumberIsMatchedWhole() {
        assertThat(describes("СОШ № 5", "МБОУ СОШ № 5 учитель математика")).isTrue();
        assertThat(describes("СОШ № 5", "МБОУ СОШ № 15 учитель математика")).isFalse();
    }

    @Test
    void aLetterOfASchoolsNameIsMatchedWhole() {
        assertThat(describes("Школа А", "Школа А учитель физика")).isTrue();
        assertThat(describes("Школа А", "Школа Б учитель английский язык")).isFalse();
    }

    @Test
    void aPositionAndASubjectAreFoundInAnyCaseForm() {
        assertThat(describes("учителя математики", "СОШ № 5 учитель математика"))
                .isTrue();
        assertThat(describes("учитель истории", "СОШ № 5 учитель математика")).isFalse();
        assertThat(describes("учитель-логопед", "Гимназия учитель-логопед")).isTrue();
    }
}
