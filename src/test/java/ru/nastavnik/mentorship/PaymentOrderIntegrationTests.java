package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.DocumentWordingTests;
import ru.nastavnik.mentorship.internal.MentoringPayments;
import ru.nastavnik.mentorship.internal.NewPaymentRule;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.mentorship.internal.PaymentKind;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The payment order the director signs pays for days already worked, by a rule the school set: without any rule it
 * is refused in Russian saying what to set and where (it offered «0,00 руб.»); for the current month it counts the
 * days up to the school's today, not the month's future days, and prints that period.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PaymentOrderIntegrationTests {

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
    JdbcTemplate jdbc;

    @Test
    void anOrderWithoutAnyPaymentRuleIsRefusedSayingWhatToSetAndWhere() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        startedTwentyDaysAgo(curator, world.schoolA(), "Безправилова");
        LocalDate today = SchoolToday.date();

        mvc.perform(get("/mentorship/payments/order.docx")
                        .param("from", today.minusDays(5).toString())
                        .param("to", today.toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("не задано правило выплаты за наставничество")))
                .andExpect(content().string(containsString("«Выплаты за наставничество»")));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/payment-order.docx")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Задайте правило")));
        // the page does not offer the order until a rule is set
        mvc.perform(get("/mentorship/payments").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"order-needs-rule\"")))
                .andExpect(content().string(not(containsString("id=\"download-order-docx\""))));
    }

    /**
     * By hand: the pair works since 20 days ago under 3,000 roubles a month (a rule from 30 days ago); the order for
     * the current month counts its days from the month's first (or the pair's start) to today inclusive, each worth
     * 3,000 / (days in the month), and ends its period today.
     */
    @Test
    void theOrderForTheCurrentMonthCountsTheDaysUpToTheSchoolsTodayOnly() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        LocalDate today = SchoolToday.date();
        var rule = payments.addRule(
                curator, world.schoolA(), new NewPaymentRule(today, PaymentKind.FIXED, new BigDecimal("3000"), null));
        jdbc.update("update mentorship_payment_rule set valid_from = ? where id = ?", today.minusDays(30), rule.id());
        LocalDate started = startedTwentyDaysAgo(curator, world.schoolA(), "Сегодняшнева");
        YearMonth month = YearMonth.from(today);
        LocalDate first = month.atDay(1).isAfter(started) ? month.atDay(1) : started;
        int days = (int) (today.toEpochDay() - first.toEpochDay()) + 1;
        BigDecimal perDay =
                new BigDecimal("3000").divide(BigDecimal.valueOf(month.lengthOfMonth()), 10, RoundingMode.HALF_UP);
        // «2 900,00»: thousands apart by a non-breaking space
        java.text.DecimalFormatSymbols russian = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        russian.setGroupingSeparator('\u00A0');
        russian.setDecimalSeparator(',');
        String roubles = new java.text.DecimalFormat("#,##0.00", russian)
                .format(perDay.multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP));

        String docx = DocumentWordingTests.text(mvc.perform(get("/mentorship/payments/order.docx")
                                .param("from", month.atDay(1).toString())
                                .param("to", month.atEndOfMonth().toString())
                                .with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .replaceAll("\\s+", " ");
        assertThat(docx)
                .contains("за период с " + Dates.DATE.format(month.atDay(1)) + " по " + Dates.DATE.format(today))
                .contains("Сегодняшнева Анна Сергеевна")
                .contains(" " + days + " " + roubles + " ")
                .contains("Итого: " + roubles + " руб.")
                .contains("(правила выплат: с " + Dates.DATE.format(today.minusDays(30)) + " — 3\u00A0000 руб. в месяц")
                // a fixed sum has no share of the rate to show
                .doesNotContain("Доля ставки")
                .doesNotContain("долях ставки")
                .doesNotContain("не установлены");

        // a period that has not begun yet is not paid
        mvc.perform(get("/mentorship/payments/order.pdf")
                        .param("from", today.plusDays(1).toString())
                        .param("to", today.plusDays(3).toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("за дни, которые уже прошли")));
    }

    private LocalDate startedTwentyDaysAgo(
            NastavnikPrincipal curator, ru.nastavnik.shared.OrganisationId at, String mentor) {
        school.grow(curator, at, List.of(mentor));
        var pair = mentorships.list(curator, at).get(0);
        school.startByOrder(curator, at, List.of(pair.id()), "12-к", SchoolToday.date());
        LocalDate started = SchoolToday.date().minusDays(20);
        jdbc.update(
                "update mentorship set starts_on = ?, activated_on = ? where id = ?",
                started,
                started,
                pair.id().value());
        jdbc.update(
                "update mentorship_member set from_date = ? where mentorship_id = ?",
                started,
                pair.id().value());
        return started;
    }
}
