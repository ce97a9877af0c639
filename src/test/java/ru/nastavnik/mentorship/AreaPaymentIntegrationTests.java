package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.PairedSchool;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.internal.MentoringPayments;
import ru.nastavnik.mentorship.internal.NewPaymentRule;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.mentorship.internal.PaymentKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The area's statement end to end. School A has three working pairs, school B one; both pay 100 roubles a day
 * (100 × the days of the month, a month per pair) from tomorrow, when the pairs start, to the month's end: d days.
 * By hand: A — 3 mentors, 3 pairs, 3 mentees, 3d days, 300d roubles; B — one mentor: «< 3», its days and sum withheld;
 * the municipality — 4, 4, 4, 4d days, 400d roubles.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AreaPaymentIntegrationTests {

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
    void theMethodologistSeesHerSchoolsFiguresOnThePageInTheApiAndInTheSheetWithoutAName() throws Exception {
        var world = fixtures.world();
        LocalDate from = SchoolToday.date().plusDays(1);
        LocalDate to = YearMonth.from(from).atEndOfMonth();
        long d = to.toEpochDay() - from.toEpochDay() + 1;
        working(world.schoolA(), List.of("Айвазова", "Бережная", "Вяземская"), from);
        working(world.schoolB(), List.of("Гордеева"), from);
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());

        String page = mvc.perform(get("/mentorship/payments/area")
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Школа А " + world.tag())
                .contains("Школа Б " + world.tag())
                .contains("&lt; 3")
                .contains(BigDecimal.valueOf(300 * d).setScale(2).toPlainString())
                .contains(BigDecimal.valueOf(400 * d).setScale(2).toPlainString())
                .doesNotContain("Айвазова")
                .doesNotContain("Новикова")
                .doesNotContain("Гордеева");

        String api = "/api/v1/organisations/" + world.municipality() + "/payment-statement";
        mvc.perform(get(api).param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalities[0].schools[0].name").value("Школа А " + world.tag()))
                .andExpect(jsonPath("$.municipalities[0].schools[0].figures.mentors")
                        .value(3))
                .andExpect(jsonPath("$.municipalities[0].schools[0].figures.mentees")
                        .value(3))
                .andExpect(jsonPath("$.municipalities[0].schools[0].figures.mentorDays")
                        .value(3 * d))
                .andExpect(jsonPath("$.municipalities[0].schools[0].figures.roubles")
                        .value(300.0 * d))
                .andExpect(jsonPath("$.municipalities[0].schools[1].figures.fewMentors")
                        .value(true))
                .andExpect(jsonPath("$.municipalities[0].schools[1].figures.mentors")
                        .doesNotExist())
                .andExpect(jsonPath("$.municipalities[0].schools[1].figures.roubles")
                        .doesNotExist())
                .andExpect(
                        jsonPath("$.municipalities[0].schools[1].figures.pairs").value(1))
                .andExpect(jsonPath("$.total.mentors").value(4))
                .andExpect(jsonPath("$.total.mentorDays").value(4 * d))
                .andExpect(jsonPath("$.total.roubles").value(400.0 * d));

        // the regional methodologist opens the region's statement: the municipality is one subtotal of it
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region());
        mvc.perform(get("/api/v1/organisations/" + world.region() + "/payment-statement")
                        .param("from", from.toString())
                        .param("to", to.toString())
                        .with(user(regional)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.municipalities[0].name").value("Район " + world.tag()))
                .andExpect(jsonPath("$.municipalities[0].subtotal.roubles").value(400.0 * d));

        for (String sheet : List.of(
                "/mentorship/payments/area/statement.xlsx?organisation=" + world.municipality(), api + ".xlsx")) {
            byte[] xlsx = mvc.perform(get(sheet)
                            .param("from", from.toString())
                            .param("to", to.toString())
                            .with(user(methodologist)))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray();
            try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
                var rows = workbook.getSheetAt(0);
                Row a = find(rows, "Школа А " + world.tag());
                assertThat(a.getCell(2).getStringCellValue()).isEqualTo("Район " + world.tag());
                assertThat(a.getCell(3).getNumericCellValue()).isEqualTo(3);
                assertThat(a.getCell(6).getNumericCellValue()).isEqualTo(3 * d);
                assertThat(a.getCell(7).getNumericCellValue()).isEqualTo(300.0 * d);
                Row b = find(rows, "Школа Б " + world.tag());
                assertThat(b.getCell(3).getStringCellValue()).isEqualTo("< 3");
                assertThat(b.getCell(7).getStringCellValue()).isEqualTo("—");
                Row total = find(rows, "Итого по территории");
                assertThat(total.getCell(7).getNumericCellValue()).isEqualTo(400.0 * d);
                assertThat(new DataFormatter().formatCellValue(total.getCell(3)))
                        .isEqualTo("4");
            }
        }
        assertThat(jdbc.queryForList(
                        "select action from audit_entry where organisation_id = ? and subject_type = "
                                + "'AreaPaymentStatement' order by occurred_at",
                        String.class,
                        world.municipality().value()))
                .containsExactlyInAnyOrder("READ", "READ", "EXPORT", "EXPORT");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedInRussianOnThePageAndInTheApi() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        mvc.perform(get("/mentorship/payments/area")
                        .param("organisation", world.municipality().toString())
                        .param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"period-error\"")))
                .andExpect(content().string(containsString("раньше его начала")));
        mvc.perform(get("/api/v1/organisations/" + world.municipality() + "/payment-statement")
                        .param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .with(user(methodologist)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("раньше его начала")));
        mvc.perform(get("/api/v1/organisations/" + world.municipality() + "/payment-statement.xlsx")
                        .param("from", "2026-11-30")
                        .param("to", "2026-11-01")
                        .with(user(methodologist)))
                .andExpect(status().isUnprocessableEntity());
        // the month by default: the schools are listed with nothing paid
        mvc.perform(get("/api/v1/organisations/" + world.municipality() + "/payment-statement")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(YearMonth.now().atDay(1).toString()))
                .andExpect(jsonPath("$.municipalities[0].schools.length()").value(2))
                .andExpect(jsonPath("$.total.pairs").value(0));
    }

    @Test
    void theAreasDashboardLinksToItsStatement() throws Exception {
        var world = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        mvc.perform(get("/monitoring/dashboard")
                        .param("organisation", world.municipality().toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dashboard-area-payments\"")))
                .andExpect(content()
                        .string(containsString("/mentorship/payments/area?organisation=" + world.municipality())));
    }

    private void working(OrganisationId organisation, List<String> mentors, LocalDate from) {
        var curator = fixtures.user(Role.CURATOR, organisation);
        school.grow(curator, organisation, mentors);
        var pairs = mentorships.list(curator, organisation).stream()
                .map(MentorshipView::id)
                .toList();
        school.startByOrder(curator, organisation, pairs, "7-к", SchoolToday.date());
        payments.addRule(
                curator,
                organisation,
                new NewPaymentRule(
                        SchoolToday.date(),
                        PaymentKind.FIXED,
                        BigDecimal.valueOf(100L * YearMonth.from(from).lengthOfMonth()),
                        null));
    }

    private static Row find(org.apache.poi.ss.usermodel.Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && name.equals(row.getCell(1).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
