package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.OrganisationId;

class PaymentTermWordingTests {

    private static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    private static final LocalDate STARTED = LocalDate.of(2026, 11, 28);

    /** A rule is never set back in time: the agreement must not promise pay for the days before it (Labour Code 351.8). */
    @Test
    void aPaymentThatStartsAfterTheMentoringSaysFromWhen() {
        LocalDate ruleFrom = LocalDate.of(2026, 12, 5);
        var terms = List.of(new PaymentCalculator.Term(ruleFrom, fixed(ruleFrom)));

        assertThat(PaymentTermWording.agreed(terms, ruleFrom, STARTED))
                .isEqualTo(
                        "с 05.12.2026 в размере 3 000 (три тысячи) рублей 00 копеек в месяц за наставничество в паре (группе)");
    }

    @Test
    void aPaymentFromTheMentoringsFirstDayNeedsNoDate() {
        var terms = List.of(new PaymentCalculator.Term(STARTED, fixed(LocalDate.of(2026, 9, 1))));

        assertThat(PaymentTermWording.agreed(terms, STARTED, STARTED))
                .isEqualTo("в размере 3 000 (три тысячи) рублей 00 копеек в месяц за наставничество в паре (группе)");
    }

    private static PaymentRule fixed(LocalDate from) {
        return new PaymentRule(
                SCHOOL,
                new NewPaymentRule(from, PaymentKind.FIXED, new BigDecimal("3000"), null),
                from,
                "Куратор",
                Instant.now());
    }
}
