package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
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

/**
 * Point 3 of the assignment order and 10.1 of the Regulation (the payment, Labour Code art. 351.8): a school that set
 * payment rules refers to the supplementary agreements, which state each pair's amount, instead of printing the blank
 * of the free-text setting the rules replaced; a school without rules prints that setting, or a blank to fill in.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssignmentOrderPaymentIntegrationTests {

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
    void theOrderPrintsTheSettingWithoutRulesAndRefersToTheAgreementsWithThem() throws Exception {
        var world = fixtures.world();
        var curator = fixtures.user(Role.CURATOR, world.schoolA());
        school.grow(curator, world.schoolA(), List.of("Платёжная"));
        var pair = mentorships.list(curator, world.schoolA()).get(0);
        var order = school.startByOrder(curator, world.schoolA(), List.of(pair.id()), "7-к", SchoolToday.date());

        assertThat(order(curator, order.id().toString()))
                .contains(
                        "3. Установить наставникам выплату за наставничество в размере ____________________ на условиях, "
                                + "определённых дополнительными соглашениями к трудовым договорам и положением об оплате труда.");
        jdbc.update(
                "update organisation set mentoring_payment = ? where id = ?",
                "15 процентов должностного оклада за каждого наставляемого ежемесячно",
                world.schoolA().value());
        assertThat(order(curator, order.id().toString()))
                .contains(
                        "выплату за наставничество в размере 15 процентов должностного оклада за каждого наставляемого "
                                + "ежемесячно на условиях, определённых дополнительными соглашениями");

        payments.addRule(
                curator,
                world.schoolA(),
                new NewPaymentRule(SchoolToday.date(), PaymentKind.FIXED, new BigDecimal("3000"), null));
        assertThat(order(curator, order.id().toString()))
                .contains("3. Установить наставникам выплату за наставничество в размере и на условиях, определённых "
                        + "дополнительными соглашениями к трудовым договорам и положением об оплате труда.")
                .doesNotContain("15 процентов")
                .doesNotContain("в размере ____");
        assertThat(regulation(curator))
                .contains(
                        "10.1. За выполнение работы по наставничеству наставнику устанавливается выплата в размере и на "
                                + "условиях, определённых дополнительными соглашениями к трудовым договорам и положением об оплате "
                                + "труда организации.");
    }

    private String regulation(NastavnikPrincipal curator) throws Exception {
        return DocumentWordingTests.text(
                        mvc.perform(get("/roadmap/documents/regulation.docx").with(user(curator)))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray())
                .replaceAll("[ \\t]+", " ");
    }

    private String order(NastavnikPrincipal curator, String id) throws Exception {
        return DocumentWordingTests.text(mvc.perform(
                                get("/mentorship/orders/" + id + "/document").with(user(curator)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray())
                .replaceAll("[ \\t]+", " ");
    }
}
