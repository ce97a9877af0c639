package ru.nastavnik.monitoring.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/**
 * A campaign from opening to closing, through the pages. School A («Школа А», district M1) has 4 on its staff and one
 * working pair in the school year 2025/26: MENTORS = 1, STAFF_INVOLVED = 2 of 4 = 50,0 %. School B (M1) has nobody.
 * What the system cannot know is the methodologist's own: a share (OWN_1, 3 of 4 = 75,0 %) from the opening form and a
 * count (OWN_2 = 2) she adds through the API before any school answers; the school types both.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignIntegrationTests {

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignWorld w;

    OrganisationId m1;
    OrganisationId a;
    OrganisationId b;
    NastavnikPrincipal methodologist;
    NastavnikPrincipal curatorA;
    NastavnikPrincipal curatorB;
    String mailB;

    @BeforeEach
    void setUp() {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        m1 = w.org("Район", OrganisationKind.MUNICIPALITY, region);
        a = w.org("Школа А", OrganisationKind.ORGANISATION, m1);
        b = w.org("Школа Б", OrganisationKind.ORGANISATION, m1);
        UUID mentor = w.person(a);
        UUID mentee = w.person(a);
        w.person(a);
        w.person(a);
        w.pair(a, LocalDate.of(2025, 10, 1), mentor, mentee);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        methodologist = w.account(Role.MUNICIPAL_METHODOLOGIST, m1, "metod-" + tag + "@example.org");
        curatorA = w.account(Role.CURATOR, a, "a-" + tag + "@example.org");
        mailB = "b-" + tag + "@example.org";
        curatorB = w.account(Role.CURATOR, b, mailB);
    }

    CampaignId open() throws Exception {
        return w.openWithOwnShare(
                mvc, methodologist, m1, "Мониторинг наставничества 2025/26", "MENTORS", "STAFF_INVOLVED");
    }

    /** Her own count, added through the API while no school has answered: it becomes OWN_2. */
    void addOwnCount(CampaignId id) throws Exception {
        mvc.perform(put("/api/v1/campaigns/{id}/own-figures", id)
                        .with(user(methodologist))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"number\":1,\"title\":\"" + CampaignWorld.OWN_SHARE
                                + "\",\"unit\":\"PERCENT\",\"hint\":\"Курсы вне школы за период\"},"
                                + "{\"title\":\"Количество публикаций в СМИ\",\"unit\":\"COUNT\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownFigures[1].code").value("OWN_2"));
    }

    /** A report with her share and, unless null, her count (OWN_2). */
    MvcResult submit(
            NastavnikPrincipal who, CampaignId id, OrganisationId school, String share, String base, String count)
            throws Exception {
        var request = post("/monitoring/campaigns/{id}/reports/{s}", id, school)
                .with(user(who))
                .with(csrf())
                .param("action", "submit")
                .param("numerator[OWN_1]", share)
                .param("base[OWN_1]", base)
                .param("comment", "Данные сверены");
        if (count != null) {
            request.param("numerator[OWN_2]", count);
        }
        return mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn();
    }

    static String refusal(MvcResult result) {
        Flash flash = (Flash) result.getFlashMap().get("flashError");
        return flash == null ? null : flash.key();
    }

    @Test
    void aPeriodThatEndsBeforeItStartsOpensNothing() throws Exception {
        String page = mvc.perform(post("/monitoring/campaigns")
                        .with(user(methodologist))
                        .with(csrf())
                        .param("organisation", m1.toString())
                        .param("title", "Наоборот")
                        .param("from", "2026-09-01")
                        .param("to", "2026-08-31")
                        .param("deadline", "2026-06-01")
                        .param("orderNumber", "1")
                        .param("orderDate", "2026-05-15")
                        .param("indicators", "MENTORS"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Период заканчивается раньше, чем начинается");
        mvc.perform(get("/api/v1/organisations/{o}/campaigns", m1).with(user(methodologist)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void herOwnFiguresAreRewordedAfterTheFirstReportButKeepTheirKindAndTheSchoolsValues() throws Exception {
        CampaignId id = open();
        assertThat(mvc.perform(get("/monitoring/campaigns/{id}", id).with(user(methodologist)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("own-figures-form", CampaignWorld.OWN_SHARE);
        mvc.perform(post("/monitoring/campaigns/{id}/own", id)
                        .with(user(methodologist))
                        .with(csrf())
                        .param("own[0].number", "1")
                        .param("own[0].title", CampaignWorld.OWN_SHARE)
                        .param("own[0].unit", "PERCENT")
                        .param("own[1].title", "Количество публикаций в СМИ")
                        .param("own[1].unit", "COUNT")
                        .param("own[2].title", "")
                        .param("own[2].unit", "COUNT"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(methodologist)))
                .andExpect(jsonPath("$.campaign.ownFigures.length()").value(2))
                .andExpect(jsonPath("$.campaign.ownFigures[1].code").value("OWN_2"))
                .andExpect(jsonPath("$.campaign.ownFigures[1].unit").value("COUNT"));

        // each must be typed: the one left empty is named by her title, nothing submitted
        MvcResult missing = submit(curatorA, id, a, "3", "4", null);
        assertThat(refusal(missing)).isEqualTo("campaigns.figure.required");
        assertThat(((Flash) missing.getFlashMap().get("flashError")).args())
                .containsExactly("Количество публикаций в СМИ");
        assertThat(w.status(id, a)).isEqualTo("PENDING");
        mvc.perform(post("/monitoring/campaigns/{id}/reports/{s}", id, a)
                        .with(user(curatorA))
                        .with(csrf())
                        .param("action", "submit")
                        .param("numerator[OWN_1]", "3")
                        .param("base[OWN_1]", "4")
                        .param("numerator[OWN_2]", "5"))
                .andExpect(status().is3xxRedirection());
        assertThat(w.own(id, a)).isEqualTo("1:3:4;2:5:0");

        // a school has submitted: a typo in a title is still put right; the school sees the new wording, keeps its
        // values
        MvcResult reworded = mvc.perform(post("/monitoring/campaigns/{id}/own", id)
                        .with(user(methodologist))
                        .with(csrf())
                        .param("own[0].number", "1")
                        .param("own[0].title", "Доля педагогов, прошедших КПК вне школы")
                        .param("own[0].unit", "PERCENT")
                        .param("own[1].number", "2")
                        .param("own[1].title", "Публикации в СМИ")
                        .param("own[1].unit", "COUNT")
                        .param("own[1].hint", "Статьи и интервью"))
                .andReturn();
        assertThat(refusal(reworded)).isNull();
        assertThat(w.own(id, a)).isEqualTo("1:3:4;2:5:0");
        assertThat(mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}", id, a)
                                .with(user(curatorA)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Доля педагогов, прошедших КПК вне школы", "Статьи и интервью");
        assertThat(w.jdbc()
                        .queryForObject(
                                "select details from audit_entry where subject_id = ? and action = 'UPDATE' "
                                        + "order by id desc limit 1",
                                String.class,
                                id.value()))
                .isEqualTo("own figures: OWN_1 reworded; OWN_2 reworded");

        // its kind, its removal and a new figure are refused in Russian through the page and the API, nothing changed
        MvcResult kind = mvc.perform(post("/monitoring/campaigns/{id}/own", id)
                        .with(user(methodologist))
                        .with(csrf())
                        .param("own[0].number", "1")
                        .param("own[0].title", "Доля педагогов, прошедших КПК вне школы")
                        .param("own[0].unit", "COUNT")
                        .param("own[1].number", "2")
                        .param("own[1].title", "")
                        .param("own[1].unit", "COUNT"))
                .andReturn();
        assertThat(refusal(kind)).isEqualTo("monitoringOwn.unitAnswered");
        mvc.perform(put("/api/v1/campaigns/{id}/own-figures", id)
                        .with(user(methodologist))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"number\":1,\"title\":\"Доля\",\"unit\":\"PERCENT\"},"
                                + "{\"title\":\"Новый\",\"unit\":\"COUNT\"}]"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("own[1].title"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Показатель «Новый»: добавить его нельзя — школы уже сдали отчёты без него."))
                .andExpect(
                        jsonPath("$.errors[1].message")
                                .value(
                                        "Показатель «Публикации в СМИ»: его уже заполнили школы (1), удалить его нельзя — можно поправить название и подсказку."));
        assertThat(w.jdbc()
                        .queryForList(
                                "select title || ':' || unit from monitoring_campaign_own_figure where campaign_id = ? "
                                        + "order by number",
                                String.class,
                                id.value()))
                .containsExactly("Доля педагогов, прошедших КПК вне школы:PERCENT", "Публикации в СМИ:COUNT");

        // the API rewords as the page does
        mvc.perform(
                        put("/api/v1/campaigns/{id}/own-figures", id)
                                .with(user(methodologist))
                                .with(csrf())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "[{\"number\":1,\"title\":\"Доля педагогов с КПК вне школы\","
                                                + "\"unit\":\"PERCENT\"},{\"number\":2,\"title\":\"Публикации в СМИ\",\"unit\":\"COUNT\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ownFigures[0].title").value("Доля педагогов с КПК вне школы"))
                .andExpect(jsonPath("$.ownFigures[1].code").value("OWN_2"));
        assertThat(w.own(id, a)).isEqualTo("1:3:4;2:5:0");
    }

    @Test
    void schoolsSubmitTheMethodologistFollowsRemindsReturnsClosesAndRollsUp() throws Exception {
        CampaignId id = open();
        addOwnCount(id);
        assertThat(w.status(id, a)).isEqualTo("PENDING");
        assertThat(w.status(id, b)).isEqualTo("PENDING");

        // the school sees it on its list and on its home page, and its own figures computed for the period
        assertThat(mvc.perform(get("/monitoring/campaigns").with(user(curatorA)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Мониторинг наставничества 2025/26", "приказ № 45-од от 15.05.2026");
        assertThat(mvc.perform(get("/").with(user(curatorA)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("tile-campaigns", "сдать до 01.06.2026");
        String report = mvc.perform(
                        get("/monitoring/campaigns/{id}/reports/{s}", id, a).with(user(curatorA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(report)
                .contains(
                        "50,0",
                        "рассчитано системой",
                        "введено вручную",
                        "numerator[OWN_1]",
                        "numerator[OWN_2]",
                        CampaignWorld.OWN_SHARE,
                        "Курсы вне школы за период",
                        "Количество публикаций в СМИ");

        // refused, with nothing saved: a share above its base, a negative count
        assertThat(refusal(submit(curatorA, id, a, "5", "4", "2"))).isEqualTo("campaigns.figure.aboveBase");
        assertThat(refusal(submit(curatorA, id, a, "3", "4", "-1"))).isEqualTo("campaigns.figure.negative");
        assertThat(w.status(id, a)).isEqualTo("PENDING");

        assertThat(refusal(submit(curatorA, id, a, "3", "4", "2"))).isNull();
        assertThat(w.status(id, a)).isEqualTo("SUBMITTED");
        assertThat(w.figures(id, a)).isEqualTo("MENTORS:1:0:S;STAFF_INVOLVED:2:4:S");
        assertThat(w.own(id, a)).isEqualTo("1:3:4;2:2:0");

        // the methodologist: who has and has not submitted
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(1))
                .andExpect(jsonPath("$.outstanding").value(1));
        // submitted figures reach her as submitted, a mentor count of 1 included (not «< 3»)
        String read = mvc.perform(
                        get("/monitoring/campaigns/{id}/reports/{s}", id, a).with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(read).doesNotContain("&lt; 3").contains("return-form", "75,0");
        mvc.perform(get("/api/v1/campaigns/{id}/submissions/{s}", id, a).with(user(methodologist)))
                .andExpect(jsonPath("$.figures[0].code").value("MENTORS"))
                .andExpect(jsonPath("$.figures[0].value").value(1))
                .andExpect(jsonPath("$.figures[1].manual").value(false))
                .andExpect(jsonPath("$.figures[2].code").value("OWN_1"))
                .andExpect(jsonPath("$.figures[2].name").value(CampaignWorld.OWN_SHARE))
                .andExpect(jsonPath("$.figures[2].numerator").value(3))
                .andExpect(jsonPath("$.figures[2].base").value(4))
                .andExpect(jsonPath("$.figures[2].manual").value(true))
                .andExpect(jsonPath("$.figures[2].value").value(75.0))
                .andExpect(jsonPath("$.figures[3].code").value("OWN_2"))
                .andExpect(jsonPath("$.figures[3].manual").value(true))
                .andExpect(jsonPath("$.figures[3].value").value(2));
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(methodologist)))
                .andExpect(jsonPath("$.campaign.ownFigures[0].code").value("OWN_1"))
                .andExpect(jsonPath("$.campaign.ownFigures[0].title").value(CampaignWorld.OWN_SHARE))
                .andExpect(jsonPath("$.campaign.ownFigures[0].unit").value("PERCENT"))
                .andExpect(jsonPath("$.campaign.ownFigures[1].unit").value("COUNT"))
                .andExpect(jsonPath("$.campaign.ownFigures.length()").value(2));

        // a reminder to the school that has not submitted: in the app and by e-mail, none to the one that has
        mvc.perform(post("/monitoring/campaigns/{id}/remind", id)
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}", id, b)
                                .with(user(curatorB)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("report-reminder");
        assertThat(mail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage letter = mail.getReceivedMessages()[0];
        assertThat(letter.getAllRecipients()[0].toString()).isEqualTo(mailB);
        assertThat(letter.getSubject()).isEqualTo("Напоминание: мониторинг «Мониторинг наставничества 2025/26»");
        assertThat(mail.getReceivedMessages()).hasSize(1);

        // returned with a comment, corrected and submitted again
        mvc.perform(post("/monitoring/campaigns/{id}/reports/{s}/return", id, a)
                        .with(user(methodologist))
                        .with(csrf())
                        .param("comment", "Проверьте долю"))
                .andExpect(status().is3xxRedirection());
        assertThat(w.status(id, a)).isEqualTo("RETURNED");
        assertThat(mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}", id, a)
                                .with(user(curatorA)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("Проверьте долю");
        assertThat(refusal(submit(curatorA, id, a, "4", "4", "2"))).isNull();
        assertThat(w.own(id, a)).isEqualTo("1:4:4;2:2:0");

        // the roll-up: one row per school, read back
        byte[] xlsx = mvc.perform(
                        get("/monitoring/campaigns/{id}/rollup.xlsx", id).with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("45-од");
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).startsWith("Количество наставников");
            Row rowA = sheet.getRow(4);
            assertThat(rowA.getCell(0).getStringCellValue()).startsWith("Школа А");
            assertThat(rowA.getCell(1).getStringCellValue()).isEqualTo("Сдан");
            assertThat(rowA.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(rowA.getCell(4).getNumericCellValue()).isEqualTo(50.0);
            assertThat(sheet.getRow(3).getCell(5).getStringCellValue()).startsWith(CampaignWorld.OWN_SHARE);
            assertThat(rowA.getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(sheet.getRow(3).getCell(6).getStringCellValue()).startsWith("Количество публикаций в СМИ");
            assertThat(rowA.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(rowA.getCell(7).getStringCellValue())
                    .isEqualTo(CampaignWorld.OWN_SHARE + "; Количество публикаций в СМИ");
            assertThat(rowA.getCell(8).getStringCellValue()).isEqualTo("Данные сверены");
            Row rowB = sheet.getRow(5);
            assertThat(rowB.getCell(0).getStringCellValue()).startsWith("Школа Б");
            assertThat(rowB.getCell(1).getStringCellValue()).isEqualTo("Не начат");
            assertThat(rowB.getCell(3)).isNull();
            // the territory's total of the reports in: here school A's alone
            Row total = sheet.getRow(6);
            assertThat(total.getCell(0).getStringCellValue()).startsWith("Итого по территории");
            assertThat(total.getCell(3).getNumericCellValue()).isEqualTo(1.0);
            assertThat(total.getCell(4).getNumericCellValue()).isEqualTo(50.0);
            assertThat(total.getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(total.getCell(6).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(3).getCell(3).getStringCellValue()).isEqualTo("Количество наставников, чел.");
            assertThat(sheet.getRow(7)).isNull();
        }

        // closed: a report after closing is refused in Russian and nothing changes
        mvc.perform(post("/monitoring/campaigns/{id}/close", id)
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(refusal(submit(curatorB, id, b, "1", "1", "0"))).isEqualTo("campaigns.closed");
        assertThat(w.status(id, b)).isEqualTo("PENDING");
        mvc.perform(get("/api/v1/organisations/{o}/campaigns", a).with(user(curatorA)))
                .andExpect(jsonPath("$[0].status").value("CLOSED"))
                .andExpect(jsonPath("$[0].ownStatus").value("SUBMITTED"));
    }

    /**
     * A region's campaign: district M1 (schools A, B; A submits), district M2 (school C, nothing in). The region reads
     * M2's subtotal as «отчёты не представлены», not a blank line; M1's methodologist, following it for her schools,
     * reads one total under her district's name, not the same figures twice.
     */
    @Test
    void aDistrictWithNothingInSaysSoAndADistrictsOwnRollUpHasOneTotal() throws Exception {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        OrganisationId district1 = w.org("Район", OrganisationKind.MUNICIPALITY, region);
        OrganisationId district2 = w.org("Район", OrganisationKind.MUNICIPALITY, region);
        OrganisationId schoolA = w.org("Школа А", OrganisationKind.ORGANISATION, district1);
        w.org("Школа Б", OrganisationKind.ORGANISATION, district1);
        w.org("Школа В", OrganisationKind.ORGANISATION, district2);
        UUID mentor = w.person(schoolA);
        UUID mentee = w.person(schoolA);
        w.pair(schoolA, LocalDate.of(2025, 10, 1), mentor, mentee);
        NastavnikPrincipal regional = w.account(Role.REGIONAL_METHODOLOGIST, region, null);
        NastavnikPrincipal municipal = w.account(Role.MUNICIPAL_METHODOLOGIST, district1, null);
        NastavnikPrincipal curator = w.account(Role.CURATOR, schoolA, null);
        CampaignId id = w.open(mvc, regional, region, "Мониторинг региона", "MENTORS");
        mvc.perform(post("/monitoring/campaigns/{id}/reports/{s}", id, schoolA)
                        .with(user(curator))
                        .with(csrf())
                        .param("action", "submit"))
                .andExpect(status().is3xxRedirection());
        String name1 =
                w.jdbc().queryForObject("select name from organisation where id = ?", String.class, district1.value());
        String name2 =
                w.jdbc().queryForObject("select name from organisation where id = ?", String.class, district2.value());

        try (XSSFWorkbook book = rollup(regional, id)) {
            Row none = row(book, "Итого: " + name2 + " (по сданным отчётам)");
            assertThat(none.getCell(1).getStringCellValue()).isEqualTo("отчёты не представлены");
            assertThat(none.getCell(3)).isNull();
            assertThat(row(book, "Итого: " + name1 + " (по сданным отчётам)")
                            .getCell(3)
                            .getNumericCellValue())
                    .isEqualTo(1.0);
            assertThat(row(book, "Итого по территории (по сданным отчётам)")
                            .getCell(3)
                            .getNumericCellValue())
                    .isEqualTo(1.0);
        }
        try (XSSFWorkbook book = rollup(municipal, id)) {
            List<String> totals = new java.util.ArrayList<>();
            book.getSheetAt(0).forEach(r -> {
                if (r.getCell(0) != null && r.getCell(0).getStringCellValue().startsWith("Итого")) {
                    totals.add(r.getCell(0).getStringCellValue());
                }
            });
            assertThat(totals).containsExactly("Итого: " + name1 + " (по сданным отчётам)");
            assertThat(row(book, totals.get(0)).getCell(3).getNumericCellValue())
                    .isEqualTo(1.0);
        }
    }

    /** The campaign's roll-up in the system's layout. */
    private XSSFWorkbook rollup(NastavnikPrincipal who, CampaignId id) throws Exception {
        byte[] xlsx = mvc.perform(get("/monitoring/campaigns/{id}/rollup.xlsx", id)
                        .param("standard", "true")
                        .with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    /** The row whose first cell reads {@code label}. */
    private static Row row(XSSFWorkbook book, String label) {
        for (Row r : book.getSheetAt(0)) {
            if (r.getCell(0) != null && r.getCell(0).getStringCellValue().equals(label)) {
                return r;
            }
        }
        throw new AssertionError("no row «" + label + "»");
    }
}
