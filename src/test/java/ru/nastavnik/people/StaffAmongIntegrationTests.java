package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.Fixtures;
import ru.nastavnik.StatementCountingDriver;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The staff records of the people a page names, read by their ids in one statement, and only the school's own; the
 * staff in Russian alphabetical order.
 */
@SpringBootTest
class StaffAmongIntegrationTests {

    @Autowired
    StaffManagement staff;

    @Autowired
    Fixtures fixtures;

    @Test
    void thePeopleAskedForAreReadInOneStatementByTheirIdsAndAnotherSchoolsAreLeftOut() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal other = fixtures.user(Role.CURATOR, world.schoolB());
        PersonId asked = staff.create(curator, world.schoolA(), Fixtures.teacher("Спрошенная", "Анна", "Петровна"))
                .id();
        PersonId alsoAsked = staff.create(curator, world.schoolA(), Fixtures.teacher("Тоже", "Ольга", "Ивановна"))
                .id();
        staff.create(curator, world.schoolA(), Fixtures.teacher("Неспрошенная", "Вера", "Олеговна"));
        PersonId elsewhere = staff.create(other, world.schoolB(), Fixtures.teacher("Чужая", "Нина", "Павловна"))
                .id();

        StatementCountingDriver.record();
        Map<PersonId, StaffView> found;
        List<String> statements;
        try {
            found = staff.currentAmong(curator, world.schoolA(), List.of(asked, alsoAsked, elsewhere, asked));
        } finally {
            statements = StatementCountingDriver.stop();
        }

        assertThat(found).containsOnlyKeys(asked, alsoAsked);
        assertThat(found.get(asked).data().lastName()).isEqualTo("Спрошенная");
        assertThat(statements)
                .filteredOn(sql -> sql.replaceAll("\\s+", " ").contains("from person "))
                .singleElement()
                .satisfies(sql -> assertThat(sql).contains("= any("));
    }

    /** «Ёлкина» between «Е» and «Ж», not before «А» (V171; a new school's familiarisation sheets, session 33). */
    @Test
    void theStaffIsListedInRussianAlphabeticalOrder() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        for (String lastName : List.of("Жукова", "Ёлкина", "Белых", "Ежова", "Аникина")) {
            staff.create(curator, world.schoolA(), Fixtures.teacher(lastName, "Анна", "Петровна"));
        }

        assertThat(staff.current(curator, world.schoolA()).stream()
                        .map(v -> v.data().lastName())
                        .toList())
                .containsExactly("Аникина", "Белых", "Ежова", "Ёлкина", "Жукова");
    }
}
