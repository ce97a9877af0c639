package ru.nastavnik.programme.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;

class PlanItemTests {

    static final LocalDate DUE = LocalDate.of(2026, 10, 15);

    @Test
    void theReportFormIsOptionalAndKeptWithoutSurroundingSpaces() {
        assertThat(item(null).reportForm()).isNull();
        assertThat(item("   ").reportForm()).isNull();
        assertThat(item("  конспект урока ").reportForm()).isEqualTo("конспект урока");
        assertThat(item("т".repeat(300)).reportForm()).hasSize(300);
    }

    @Test
    void aReportFormLongerThan300CharactersIsRefusedNamingTheFieldInRussian() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> item("т".repeat(301)));

        Problem problem = e.problems().get(0);
        assertThat(problem.field()).isEqualTo("reportForm");
        assertThat(problem.messageKey()).isEqualTo("programme.activity.reportForm");
        String message = ResourceBundle.getBundle("messages", Locale.forLanguageTag("ru"))
                .getString(problem.messageKey());
        assertThat(java.text.MessageFormat.format(message, problem.args().toArray()))
                .isEqualTo("Форма отчётности мероприятия длиннее 300 знаков.");
    }

    private static PlanItem item(String reportForm) {
        return new PlanItem(null, "Открытый урок", "урок", DUE, ActivityRole.MENTEE, "Урок проведён", reportForm);
    }
}
