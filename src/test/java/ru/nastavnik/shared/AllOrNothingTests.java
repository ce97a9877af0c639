package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticMessageSource;

class AllOrNothingTests {

    @Test
    void everyRefusalIsThrownAtOnceNamingWhoAndWhyAndThoseRefusedAlikeShareALine() {
        AllOrNothing all = new AllOrNothing("personIds");
        all.refuse("Иванова Мария Петровна", "bank.consent.required");
        all.attempt("Петрова Анна Сергеевна", () -> {
            throw InvalidInputException.of("capacity", "bank.capacity.range", 2);
        });
        all.refuse("Сидорова Ольга Ивановна", "bank.consent.required");

        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("bulk.refused", Locale.ROOT, "{0}: {1}");
        messages.addMessage("bank.consent.required", Locale.ROOT, "нет согласия");
        messages.addMessage("bank.capacity.range", Locale.ROOT, "не больше {0}");
        assertThatThrownBy(all::requireNone).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
            assertThat(refused.problems())
                    .extracting(InvalidInputException.Problem::field)
                    .containsOnly("personIds");
            assertThat(refused.problems())
                    .extracting(p -> messages.getMessage(
                            new DefaultMessageSourceResolvable(
                                    new String[] {p.messageKey()}, p.args().toArray()),
                            Locale.ROOT))
                    .containsExactly(
                            "Иванова Мария Петровна, Сидорова Ольга Ивановна: нет согласия",
                            "Петрова Анна Сергеевна: не больше 2");
        });
    }

    @Test
    void withNoRefusalNothingIsThrownAndEachPartKeepsItsResult() {
        AllOrNothing all = new AllOrNothing("consentIds");
        assertThat(all.attempt("Иванова Мария Петровна", () -> 42)).isEqualTo(42);
        assertThatCode(all::requireNone).doesNotThrowAnyException();
    }
}
