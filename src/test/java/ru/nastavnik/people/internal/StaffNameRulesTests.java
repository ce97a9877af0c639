package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.InvalidInputException.Problem;

/** Names as orders and consents print them, declined: whole words, not initials. */
class StaffNameRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Test
    void initialsInPlaceOfTheNameOrPatronymicAreRefusedNamingTheField() {
        assertThat(StaffRules.check(Fixtures.teacher("Иванова", "М.П.", null), TODAY))
                .extracting(Problem::field, Problem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("firstName", "staff.name.initials"));
        assertThat(StaffRules.check(Fixtures.teacher("Петров", "И.", "С."), TODAY))
                .extracting(Problem::field)
                .containsExactly("firstName", "middleName");
        assertThat(StaffRules.check(Fixtures.teacher("Орлова", "Елена", "В"), TODAY))
                .extracting(Problem::field)
                .containsExactly("middleName");
    }

    @Test
    void shortWholeNamesAreNames() {
        assertThat(StaffRules.check(Fixtures.teacher("Ли", "Ен", "Хо"), TODAY)).isEmpty();
        assertThat(StaffRules.check(Fixtures.teacher("Ким", "Ия", null), TODAY)).isEmpty();
        assertThat(StaffRules.check(Fixtures.teacher("Алиев", "Рашид", "Гусейн оглы"), TODAY))
                .isEmpty();
    }
}
