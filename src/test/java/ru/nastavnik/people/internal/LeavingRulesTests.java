package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.LeavingReason;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.InvalidInputException.Problem;

class LeavingRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Test
    void aReasonIsReadAsSchoolsWriteIt() {
        assertThat(LeavingReason.parse("По собственному желанию")).isEqualTo(LeavingReason.OWN_WISH);
        assertThat(LeavingReason.parse(" ст. 80 ТК РФ ")).isEqualTo(LeavingReason.OWN_WISH);
        assertThat(LeavingReason.parse("Перевод")).isEqualTo(LeavingReason.TRANSFER);
        assertThat(LeavingReason.parse("выход на пенсию")).isEqualTo(LeavingReason.RETIREMENT);
        assertThat(LeavingReason.parse("Истечение срока трудового договора")).isEqualTo(LeavingReason.FIXED_TERM_END);
        assertThat(LeavingReason.parse("employer_initiative")).isEqualTo(LeavingReason.EMPLOYER_INITIATIVE);
        assertThat(LeavingReason.parse("Иное")).isEqualTo(LeavingReason.OTHER);
        assertThatThrownBy(() -> LeavingReason.parse("ушёл сам"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("staffRetention.import.reasonUnknown");
    }

    @Test
    void theLastWorkingDayIsNeitherInTheFutureNorBeforeTheHireAndComesWithItsReason() {
        assertThat(problems(LocalDate.of(2026, 5, 20), LeavingReason.OTHER, null))
                .isEmpty();
        assertThat(problems(LocalDate.of(2024, 9, 1), LeavingReason.OTHER, null))
                .isEmpty();
        assertThat(problems(LocalDate.of(2026, 5, 21), LeavingReason.OTHER, null))
                .extracting(Problem::messageKey)
                .containsExactly("staffRetention.leftOn.future");
        assertThat(problems(LocalDate.of(2024, 8, 31), LeavingReason.OTHER, null))
                .extracting(Problem::messageKey)
                .containsExactly("staffRetention.leftOn.beforeHire");
        assertThat(problems(LocalDate.of(2025, 1, 1), null, null))
                .extracting(Problem::field)
                .containsExactly("leavingReason");
        assertThat(problems(null, LeavingReason.OTHER, null))
                .extracting(Problem::messageKey)
                .containsExactly("staffRetention.leftOn.required");
        assertThat(problems(null, null, "комментарий"))
                .extracting(Problem::messageKey)
                .containsExactly("staffRetention.leftOn.required");
        assertThat(problems(LocalDate.of(2025, 1, 1), LeavingReason.OTHER, "я".repeat(1001)))
                .extracting(Problem::messageKey)
                .containsExactly("staffRetention.comment.tooLong");
    }

    private static List<Problem> problems(LocalDate leftOn, LeavingReason reason, String comment) {
        StaffData data = new StaffData(
                "Иванова",
                "Анна",
                null,
                Gender.FEMALE,
                null,
                null,
                List.of("учитель"),
                List.of(),
                null,
                null,
                null,
                null,
                LocalDate.of(2024, 9, 1),
                null,
                null,
                null,
                null,
                leftOn,
                reason,
                comment);
        return StaffRules.check(data, TODAY);
    }
}
