package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.MentoringPayments;
import ru.nastavnik.mentorship.internal.NewPaymentRule;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.mentorship.internal.PaymentKind;
import ru.nastavnik.mentorship.internal.PaymentRuleView;
import ru.nastavnik.mentorship.internal.PaymentStatement;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.Role;

@SpringBootTest
@AutoConfigureMockMvc
class PaymentIntegrationTests {

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

    /**
     * By hand: the pair starts tomorrow (its order registered today); a rule of 3,100 roubles a month for each pair
     * from today; a month of 31 days makes 100 a day; from tomorrow to the month's end, at most 31 days.
     */
    @Test
    void aWorkingPairIsPaidForItsDaysAPausedOneIsNotAndTheAccountantGetsTheSheet() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), Collections.nCopies(1, "Выплатова"));
        var pair = mentorships.list(curator, world.schoolA()).get(0);
        school.startByOrder(curator, world.schoolA(), List.of(pair.id()), "31-к", SchoolToday.date());
        assertThat(mentorships.get(curator, pair.id()).status()).isEqualTo(MentorshipStatus.ACTIVE);

        LocalDate today = SchoolToday.date();
        YearMonth month = YearMonth.from(today);
        BigDecimal perMonth = BigDecimal.valueOf(100L * month.lengthOfMonth());
        payments.addRule(curator, world.schoolA(), new NewPaymentRule(today, PaymentKind.FIXED, perMonth, null));
        LocalDate from = today.plusDays(1);
        LocalDate to = month.atEndOfMonth().isBefore(from) ? from : month.atEndOfMonth();
        int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;

        PaymentStatement statement = payments.statement(curator, world.schoolA(), from, to);
        assertThat(statement.rows()).singleElement().satisfies(row -> {
            assertThat(row.fullName()).isEqualTo("Выплатова Анна Сергеевна");
            assertThat(row.mentees()).containsExactly("Новикова Анна Сергеевна");
            assertThat(row.days()).isEqualTo(days);
            assertThat(row.roubles()).isEqualByComparingTo(BigDecimal.valueOf(100L * days));
        });

        byte[] sheet = mvc.perform(get("/mentorship/payments/statement.xlsx")
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(sheet))) {
            var rows = workbook.getSheetAt(0);
            var line = rows.getRow(rows.getLastRowNum() - 1);
            assertThat(line.getCell(1).getStringCellValue()).isEqualTo("Выплатова Анна Сергеевна");
            assertThat(line.getCell(5).getNumericCellValue()).isEqualTo(days);
            assertThat(line.getCell(6).getNumericCellValue()).isEqualTo(100.0 * days);
        }

        // the page writes sums as a Russian reader does, and says the days after today are a plan
        long roubles = 100L * days;
        String sum =
                (roubles >= 1000 ? roubles / 1000 + " " + String.format("%03d", roubles % 1000) : "" + roubles) + ",00";
        mvc.perform(get("/mentorship/payments")
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">" + sum + "<")))
                .andExpect(content().string(containsString("id=\"planned-days\"")))
                .andExpect(content().string(containsString("посчитаны как план")));

        // the days from tomorrow are not worked yet: no order pays them (PaymentOrderIntegrationTests prints one)
        mvc.perform(get("/mentorship/payments/order.docx")
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("за дни, которые уже прошли")));
        mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/payment-order.pdf")
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("позже сегодняшнего дня школы")));

        mentorships.pause(curator, pair.id());
        assertThat(payments.statement(curator, world.schoolA(), from, to).rows())
                .isEmpty();
        mvc.perform(get("/mentorship/payments").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("руб. в месяц за каждую пару")));
    }

    @Test
    void aRuleDatedBackASecondRuleForADayAndAReversedPeriodAreRefusedInRussian() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        LocalDate today = SchoolToday.date();
        payments.addRule(
                curator,
                world.schoolA(),
                new NewPaymentRule(
                        today.plusDays(1), PaymentKind.PER_MENTEE, new BigDecimal("0.15"), new BigDecimal("0.3")));
        assertThatThrownBy(() -> payments.addRule(
                        curator,
                        world.schoolA(),
                        new NewPaymentRule(today.plusDays(1), PaymentKind.FIXED, new BigDecimal("1000"), null)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("mentorship.payment.validFrom.taken"));
        String api = "/api/v1/organisations/" + world.schoolA();
        mvc.perform(post(api + "/payment-rules")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"validFrom\":\"" + today.minusDays(1) + "\",\"kind\":\"FIXED\",\"amount\":\"1000\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("задним числом")));
        mvc.perform(post(api + "/payment-rules")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"validFrom\":\"" + today.plusDays(2) + "\",\"kind\":\"FIXED\",\"amount\":\"-5\"}")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("положительное число")));
        mvc.perform(get(api + "/payment-statement")
                        .param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .with(user(curator)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("раньше его начала")));
        mvc.perform(get(api + "/payment-rules").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].kind").value("PER_MENTEE"));
        mvc.perform(post("/mentorship/payments/rules")
                        .param("validFrom", today.plusDays(3).toString())
                        .param("kind", "FIXED")
                        .param("amount", "2 500,50")
                        .with(csrf())
                        .with(user(curator)))
                .andExpect(status().is3xxRedirection());
        assertThat(payments.rules(curator, world.schoolA()))
                .extracting(PaymentRuleView::amount)
                .usingElementComparator(BigDecimal::compareTo)
                .contains(new BigDecimal("2500.50"));
        var other = fixtures.user(Role.CURATOR, world.schoolB());
        mvc.perform(get(api + "/payment-rules").with(user(other))).andExpect(status().isNotFound());
        mvc.perform(get("/mentorship/payments")
                        .param("organisation", world.schoolA().toString())
                        .with(user(other)))
                .andExpect(status().isNotFound());
    }
}
