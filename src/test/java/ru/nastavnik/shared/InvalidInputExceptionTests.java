package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException.Problem;

class InvalidInputExceptionTests {

    @Test
    void aRefusalNamesTheCallersFields() {
        InvalidInputException refused = new InvalidInputException(
                List.of(Problem.field("mentee", "a"), Problem.field("status", "b"), Problem.cell(3, "surname", "c")));

        InvalidInputException renamed = refused.renamed(Map.of("mentee", "menteeId"));

        assertThat(renamed.problems()).extracting(Problem::field).containsExactly("menteeId", "status", "surname");
        assertThat(renamed.problems()).extracting(Problem::messageKey).containsExactly("a", "b", "c");
        assertThat(renamed.problems().get(2).row()).isEqualTo(3);
    }

    @Test
    void namingRenamesWhatTheChangeRefusedAndPassesItsResultOn() {
        assertThat(InvalidInputException.naming(Map.of("x", "y"), () -> 42)).isEqualTo(42);
        assertThatThrownBy(() -> InvalidInputException.naming(Map.of("scheduledAt", "at"), () -> {
                    throw InvalidInputException.of("scheduledAt", "publishing.scheduledAt.future");
                }))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .extracting(Problem::field)
                                .isEqualTo("at"));
    }
}
