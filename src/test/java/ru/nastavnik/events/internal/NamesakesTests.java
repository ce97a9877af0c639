package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.Fixtures;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;

class NamesakesTests {

    private static final OrganisationId FIFTH = OrganisationId.random();
    private static final OrganisationId SEVENTH = OrganisationId.random();
    private static final Map<OrganisationId, String> SCHOOLS = Map.of(FIFTH, "СОШ № 5", SEVENTH, "СОШ № 7");

    @Test
    void namesakesOfTwoSchoolsAreToldApartByTheSchoolAndOfOneSchoolByThePositionToo() {
        StaffView maths = person(FIFTH, "Иванова", "математика");
        StaffView history = person(FIFTH, "иванова", "история");
        StaffView seventh = person(SEVENTH, "Иванова", "математика");
        StaffView alone = person(FIFTH, "Петрова", "математика");

        Map<PersonId, String> apart = Namesakes.apart(List.of(maths, history, seventh, alone), SCHOOLS::get);

        assertThat(apart)
                .containsEntry(maths.id(), "СОШ № 5, учитель (математика)")
                .containsEntry(history.id(), "СОШ № 5, учитель (история)")
                .containsEntry(seventh.id(), "СОШ № 7")
                .doesNotContainKey(alone.id());
        assertThat(Namesakes.apart(List.of(maths, alone, maths), SCHOOLS::get)).isEmpty();
    }

    @Test
    void aSpeakerKeepsTheWordsTypedInBracketsAndOneBesideATextNamesakeIsToldByHerSchoolAndPosition() {
        StaffView fifth = person(FIFTH, "Иванова", "математика");
        StaffView seventh = person(SEVENTH, "Иванова", "математика");
        StaffView alone = person(FIFTH, "Петрова", "математика");
        List<AgendaEntry> typed = List.of(
                line(fifth, "Иванова Мария Петровна (СОШ № 5)"),
                line(seventh, "Иванова Мария Петровна"),
                line(alone, "Петрова Мария Петровна"),
                line(fifth, "Иванова Мария Петровна (СОШ № 5)"));
        Map<PersonId, StaffView> staff = Map.of(fifth.id(), fifth, seventh.id(), seventh, alone.id(), alone);

        assertThat(Namesakes.agenda(typed, staff, SCHOOLS::get)).containsExactly("СОШ № 5", "СОШ № 7", "", "СОШ № 5");
        // her namesake is a text naming no one: what that one is is not known, so she is told by all that is known
        assertThat(Namesakes.agenda(
                        List.of(
                                line(fifth, "Иванова Мария Петровна"),
                                new AgendaEntry(LocalTime.NOON, "Тема", null, "Иванова Мария Петровна (гимназия)")),
                        Map.of(fifth.id(), fifth),
                        SCHOOLS::get))
                .containsExactly("СОШ № 5, учитель (математика)", "");
        assertThat(Namesakes.agenda(List.of(line(alone, "Петрова Мария Петровна")), staff, SCHOOLS::get))
                .containsExactly("");
    }

    private static AgendaEntry line(StaffView speaker, String typed) {
        return new AgendaEntry(LocalTime.of(10, 0), "Тема", speaker.id(), typed);
    }

    private static StaffView person(OrganisationId school, String lastName, String subject) {
        return new StaffView(
                PersonId.of(UUID.randomUUID().toString()),
                school,
                Fixtures.teacher(lastName, "Мария", "Петровна", null, List.of(subject)),
                false,
                null,
                null,
                false,
                null,
                false,
                0);
    }
}
