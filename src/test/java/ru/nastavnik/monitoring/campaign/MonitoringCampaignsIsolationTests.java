package ru.nastavnik.monitoring.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A campaign of district M1 (schools A and B): a school never reaches another school's report, a school outside the
 * district never sees the campaign, a methodologist of district M2 reaches nothing of it — each a 404, nothing changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringCampaignsIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignWorld w;

    @Autowired
    JdbcTemplate jdbc;

    OrganisationId region;
    OrganisationId m1;
    OrganisationId m2;
    OrganisationId a;
    OrganisationId b;
    OrganisationId c;
    CampaignId id;
    NastavnikPrincipal curatorA;

    @BeforeEach
    void setUp() throws Exception {
        region = w.org("Регион", OrganisationKind.REGION, null);
        m1 = w.org("Район 1", OrganisationKind.MUNICIPALITY, region);
        m2 = w.org("Район 2", OrganisationKind.MUNICIPALITY, region);
        a = w.org("Школа А", OrganisationKind.ORGANISATION, m1);
        b = w.org("Школа Б", OrganisationKind.ORGANISATION, m1);
        c = w.org("Школа В", OrganisationKind.ORGANISATION, m2);
        NastavnikPrincipal methodologist = w.account(Role.MUNICIPAL_METHODOLOGIST, m1, null);
        id = w.open(mvc, methodologist, m1, "Кампания района 1", "MENTORS");
        curatorA = w.account(Role.CURATOR, a, null);
        mvc.perform(post("/monitoring/campaigns/{id}/reports/{s}", id, a)
                        .with(user(curatorA))
                        .with(csrf())
                        .param("action", "submit")
                        .param("comment", "Школа А"))
                .andExpect(status().is3xxRedirection());
    }

    long ownFigures() {
        return jdbc.queryForObject(
                "select count(*) from monitoring_campaign_own_figure where campaign_id = ?", Long.class, id.value());
    }

    void notFound(NastavnikPrincipal who, RequestBuilder... requests) throws Exception {
        for (RequestBuilder r : requests) {
            mvc.perform(r).andExpect(status().isNotFound());
        }
    }

    @Test
    void aSchoolNeverReachesAnotherSchoolsReport() throws Exception {
        NastavnikPrincipal curatorB = w.account(Role.CURATOR, b, null);
        notFound(
                curatorB,
                get("/monitoring/campaigns/{id}/reports/{s}", id, a).with(user(curatorB)),
                get("/monitoring/campaigns/{id}/reports/{s}/report.docx", id, a).with(user(curatorB)),
                get("/monitoring/campaigns/{id}/reports/{s}/report.pdf", id, a).with(user(curatorB)),
                post("/monitoring/campaigns/{id}/reports/{s}", id, a)
                        .with(user(curatorB))
                        .with(csrf())
                        .param("action", "save")
                        .param("comment", "чужое"),
                post("/monitoring/campaigns/{id}/reports/{s}/return", id, a)
                        .with(user(curatorB))
                        .with(csrf())
                        .param("comment", "чужое"),
                get("/api/v1/campaigns/{id}/submissions/{s}", id, a).with(user(curatorB)),
                get("/api/v1/campaigns/{id}/submissions", id).with(user(curatorB)),
                get("/api/v1/campaigns/{id}", id).with(user(curatorB)),
                get("/monitoring/campaigns/{id}", id).with(user(curatorB)),
                get("/monitoring/campaigns/{id}/rollup.xlsx", id).with(user(curatorB)),
                get("/api/v1/organisations/{o}/campaigns", a).with(user(curatorB)),
                post("/monitoring/campaigns/{id}/own", id)
                        .with(user(curatorB))
                        .with(csrf())
                        .param("own[0].title", "Чужой показатель")
                        .param("own[0].unit", "COUNT"),
                put("/api/v1/campaigns/{id}/own-figures", id)
                        .with(user(curatorB))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"title\":\"Чужой показатель\",\"unit\":\"COUNT\"}]"));
        assertThat(ownFigures()).isZero();
        assertThat(w.status(id, a)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select comment from monitoring_campaign_submission where campaign_id = ? "
                                + "and organisation_id = ?",
                        String.class,
                        id.value(),
                        a.value()))
                .isEqualTo("Школа А");
    }

    @Test
    void aSchoolOutsideTheAreaNeverSeesTheCampaign() throws Exception {
        NastavnikPrincipal curatorC = w.account(Role.CURATOR, c, null);
        notFound(
                curatorC,
                get("/monitoring/campaigns/{id}/reports/{s}", id, c).with(user(curatorC)),
                post("/monitoring/campaigns/{id}/reports/{s}", id, c)
                        .with(user(curatorC))
                        .with(csrf())
                        .param("action", "submit"));
        mvc.perform(get("/api/v1/organisations/{o}/campaigns", c).with(user(curatorC)))
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(w.status(id, c)).isNull();
    }

    @Test
    void aMethodologistReachesOnlyHerTerritorysCampaigns() throws Exception {
        NastavnikPrincipal other = w.account(Role.MUNICIPAL_METHODOLOGIST, m2, null);
        notFound(
                other,
                get("/monitoring/campaigns/{id}", id).with(user(other)),
                get("/monitoring/campaigns/{id}/rollup.xlsx", id).with(user(other)),
                get("/monitoring/campaigns/{id}/reports/{s}", id, a).with(user(other)),
                post("/monitoring/campaigns/{id}/reports/{s}/return", id, a)
                        .with(user(other))
                        .with(csrf())
                        .param("comment", "чужое"),
                post("/monitoring/campaigns/{id}/remind", id).with(user(other)).with(csrf()),
                post("/monitoring/campaigns/{id}/close", id).with(user(other)).with(csrf()),
                post("/monitoring/campaigns/{id}/own", id)
                        .with(user(other))
                        .with(csrf())
                        .param("own[0].title", "Чужой показатель")
                        .param("own[0].unit", "COUNT"),
                put("/api/v1/campaigns/{id}/own-figures", id)
                        .with(user(other))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"title\":\"Чужой показатель\",\"unit\":\"COUNT\"}]"),
                get("/api/v1/campaigns/{id}", id).with(user(other)),
                get("/api/v1/campaigns/{id}/submissions", id).with(user(other)),
                get("/api/v1/campaigns/{id}/submissions/{s}", id, a).with(user(other)),
                get("/api/v1/organisations/{o}/campaigns", m1).with(user(other)),
                post("/monitoring/campaigns")
                        .with(user(other))
                        .with(csrf())
                        .param("organisation", m1.toString())
                        .param("title", "Чужая")
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .param("deadline", "2026-06-01")
                        .param("orderNumber", "1")
                        .param("orderDate", "2026-05-15")
                        .param("indicators", "MENTORS"));
        assertThat(w.status(id, a)).isEqualTo("SUBMITTED");
        assertThat(ownFigures()).isZero();
        assertThat(jdbc.queryForObject("select status from monitoring_campaign where id = ?", String.class, id.value()))
                .isEqualTo("OPEN");
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_campaign where organisation_id = ?", Long.class, m1.value()))
                .isEqualTo(1L);
        mvc.perform(get("/api/v1/campaigns/{id}/submissions/{s}", id, c)
                        .with(user(w.account(Role.MUNICIPAL_METHODOLOGIST, m1, null))))
                .andExpect(status().isNotFound());
        NastavnikPrincipal regional = w.account(Role.REGIONAL_METHODOLOGIST, region, null);
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(regional)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted").value(1));
    }

    @Test
    void aMunicipalMethodologistFollowsHerSchoolsInTheRegionsCampaignAndRunsNothingOfIt() throws Exception {
        NastavnikPrincipal regional = w.account(Role.REGIONAL_METHODOLOGIST, region, null);
        CampaignId regions = w.open(mvc, regional, region, "Кампания региона", "MENTORS");
        mvc.perform(post("/monitoring/campaigns/{id}/reports/{s}", regions, a)
                        .with(user(curatorA))
                        .with(csrf())
                        .param("action", "submit")
                        .param("comment", "Школа А региону"))
                .andExpect(status().is3xxRedirection());
        NastavnikPrincipal municipal = w.account(Role.MUNICIPAL_METHODOLOGIST, m1, null);

        // she finds it among her campaigns, marked as the region's, and reads her schools' reports only
        mvc.perform(get("/monitoring/campaigns").with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("campaign-" + regions)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("отчёты ваших школ")));
        mvc.perform(get("/monitoring/campaigns/{id}", regions).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"campaign-follower\"")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("school-" + b)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("school-" + c))))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("remind-all"))));
        mvc.perform(get("/api/v1/campaigns/{id}", regions).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools.length()").value(2))
                .andExpect(jsonPath("$.submitted").value(1));
        mvc.perform(get("/api/v1/organisations/{o}/campaigns", m1).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + regions + "')]").exists());
        mvc.perform(get("/api/v1/campaigns/{id}/submissions/{s}", regions, a).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.comment").value("Школа А региону"));
        mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}", regions, a).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("return-form"))));
        mvc.perform(get("/monitoring/campaigns/{id}/rollup.xlsx", regions).with(user(municipal)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/campaigns/{id}/submissions", regions).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2));

        // the region's roll-up names each school's district and ends each district with its subtotal; hers, her own
        String district1 = jdbc.queryForObject("select name from organisation where id = ?", String.class, m1.value());
        String district2 = jdbc.queryForObject("select name from organisation where id = ?", String.class, m2.value());
        List<String> regionRows = rollupRows(regional, regions);
        assertThat(regionRows)
                .contains(
                        "Итого: " + district1 + " (по сданным отчётам)",
                        "Итого: " + district2 + " (по сданным отчётам)")
                .anyMatch(r -> r.startsWith("Итого по территории"));
        assertThat(rollupRows(municipal, regions))
                .contains("Итого: " + district1 + " (по сданным отчётам)")
                .doesNotContain("Итого: " + district2 + " (по сданным отчётам)");

        // the school's report as submitted, to print and sign: its director's line under it
        mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}", regions, a).with(user(curatorA)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("report.docx")));
        byte[] docx = mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}/report.docx", regions, a)
                        .with(user(municipal)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
            assertThat(text.getText())
                    .contains("Кампания региона", "Школа А региону", "Директор ______________________");
        }
        mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}/report.pdf", regions, a)
                        .with(user(curatorA)))
                .andExpect(status().isOk());
        // a report not submitted is no report to print
        mvc.perform(get("/monitoring/campaigns/{id}/reports/{s}/report.docx", regions, b)
                        .with(user(municipal)))
                .andExpect(status().isNotFound());

        // another district's school, and everything the region runs, do not exist for her
        notFound(
                municipal,
                get("/monitoring/campaigns/{id}/reports/{s}", regions, c).with(user(municipal)),
                get("/monitoring/campaigns/{id}/reports/{s}/report.docx", regions, c)
                        .with(user(municipal)),
                get("/api/v1/campaigns/{id}/submissions/{s}", regions, c).with(user(municipal)),
                post("/monitoring/campaigns/{id}/reports/{s}/return", regions, a)
                        .with(user(municipal))
                        .with(csrf())
                        .param("comment", "не моё"),
                post("/monitoring/campaigns/{id}/remind", regions)
                        .with(user(municipal))
                        .with(csrf()),
                post("/monitoring/campaigns/{id}/close", regions)
                        .with(user(municipal))
                        .with(csrf()),
                post("/monitoring/campaigns/{id}/own", regions)
                        .with(user(municipal))
                        .with(csrf())
                        .param("own[0].title", "Свой показатель района")
                        .param("own[0].unit", "COUNT"));
        assertThat(w.status(regions, a)).isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select status from monitoring_campaign where id = ?", String.class, regions.value()))
                .isEqualTo("OPEN");
        // the district's own campaign stays out of the region's methodologist's way as before, and hers runs
        mvc.perform(get("/api/v1/campaigns/{id}", id).with(user(regional))).andExpect(status().isOk());
    }

    /** The first cell of each row of the campaign's roll-up in the system's layout. */
    private List<String> rollupRows(NastavnikPrincipal who, CampaignId campaign) throws Exception {
        byte[] xlsx = mvc.perform(get("/monitoring/campaigns/{id}/rollup.xlsx", campaign)
                        .param("standard", "true")
                        .with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            List<String> rows = new java.util.ArrayList<>();
            workbook.getSheetAt(0)
                    .forEach(row -> rows.add(
                            row.getCell(0) == null ? "" : row.getCell(0).getStringCellValue()));
            return rows;
        }
    }
}
