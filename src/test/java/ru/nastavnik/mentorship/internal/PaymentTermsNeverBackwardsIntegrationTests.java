package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.Role;

/**
 * Issue 17: «a change of rules applies from its date, never backwards». A pair that started 20 days ago under a rule of
 * 3,000 roubles a month (its dates, its members' and the rule's moved back as other tests move a pair's dates): a new term dated
 * before today is refused in Russian and nothing is recorded; from today it is taken, and the days already worked are
 * paid as they were. A later rule of the organisation does not change the started pair by itself either.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentTermsNeverBackwardsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PairedSchool school;

    @Autowired
    PairManagement mentorships;

    @Autowired
    MentoringPayments payments;

    @Autowired
    PairPaymentTerms terms;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aTermDatedBeforeTodayForAStartedPairIsRefusedAndTheDaysWorkedKeepTheirPay() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Прошлова"));
        var pair = mentorships.list(curator, world.schoolA()).get(0);
        school.startByOrder(curator, world.schoolA(), List.of(pair.id()), "12-к", SchoolToday.date());
        LocalDate today = SchoolToday.date();
        LocalDate started = today.minusDays(20);
        var first = payments.addRule(
                curator, world.schoolA(), new NewPaymentRule(today, PaymentKind.FIXED, new BigDecimal("3000"), null));
        jdbc.update(
                "update mentorship set starts_on = ?, activated_on = ? where id = ?",
                started,
                started,
                pair.id().value());
        jdbc.update(
                "update mentorship_member set from_date = ? where mentorship_id = ?",
                started,
                pair.id().value());
        jdbc.update("update mentorship_payment_rule set valid_from = ? where id = ?", today.minusDays(30), first.id());
        var second = payments.addRule(
                curator, world.schoolA(), new NewPaymentRule(today, PaymentKind.FIXED, new BigDecimal("6000"), null));
        java.util.function.Function<LocalDate, BigDecimal> dayOf =
                day -> payments.statement(curator, world.schoolA(), day, day)
                        .rows()
                        .get(0)
                        .roubles();
        PaymentStatement worked = payments.statement(curator, world.schoolA(), started, today.minusDays(1));
        assertThat(worked.rows())
                .singleElement()
                .satisfies(r -> assertThat(r.days()).isEqualTo(20));
        // the organisation's later rule leaves the started pair on its own term: today is still paid at 3,000 a month
        assertThat(dayOf.apply(today)).isEqualByComparingTo(perDay("3000", today));

        for (LocalDate back : List.of(today.minusDays(1), today.minusDays(5), started)) {
            assertThatThrownBy(() ->
                            terms.choose(curator, world.schoolA(), pair.id(), new NewPaymentTerm(second.id(), back)))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems().get(0).messageKey())
                                    .isEqualTo("payments.term.validFrom.past"));
        }
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/mentorships/"
                                + pair.id().value() + "/payment-terms")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rule\":\"" + second.id() + "\",\"validFrom\":\"" + today.minusDays(3) + "\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("задним числом")));
        assertThat(terms.terms(curator, world.schoolA(), pair.id()).terms())
                .singleElement()
                .satisfies(t -> assertThat(t.byDefault()).isTrue());
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentorship_payment_term where mentorship_id = ?",
                        Long.class,
                        pair.id().value()))
                .isZero();

        terms.choose(curator, world.schoolA(), pair.id(), new NewPaymentTerm(second.id(), today));
        assertThat(terms.terms(curator, world.schoolA(), pair.id()).terms())
                .extracting(PaymentTermView::validFrom)
                .containsExactly(started, today);
        PaymentStatement after = payments.statement(curator, world.schoolA(), started, today.minusDays(1));
        assertThat(after.rows().get(0).roubles())
                .isEqualByComparingTo(worked.rows().get(0).roubles());
        assertThat(after.rows().get(0).days()).isEqualTo(20);
        assertThat(dayOf.apply(today)).isEqualByComparingTo(perDay("6000", today));
    }

    private static BigDecimal perDay(String monthly, LocalDate day) {
        return new BigDecimal(monthly).divide(BigDecimal.valueOf(day.lengthOfMonth()), 2, RoundingMode.HALF_UP);
    }
}
