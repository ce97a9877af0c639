package ru.nastavnik.monitoring.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A municipality forwards its schools' reports of the region's campaign over its covering letter: written by the
 * municipality's methodologist who follows the campaign, for her schools only; the region running it, another
 * municipality's methodologist and a school find no letter (404).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoveringLetterIsolationTests {

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
    CampaignId regions;
    NastavnikPrincipal regional;
    NastavnikPrincipal curatorA;

    @BeforeEach
    void setUp() throws Exception {
        region = w.org("Министерство образования области", OrganisationKind.REGION, null);
        m1 = w.org("Управление образования района 1", OrganisationKind.MUNICIPALITY, region);
        m2 = w.org("Управление образования района 2", OrganisationKind.MUNICIPALITY, region);
        a = w.org("Школа А", OrganisationKind.ORGANISATION, m1);
        w.org("Школа Б", OrganisationKind.ORGANISATION, m1);
        w.org("Школа В", OrganisationKind.ORGANISATION, m2);
        jdbc.update(
                "update organisation set head_position = 'Начальник управления', head_last_name = 'Орлова',"
                        + " head_first_name = 'Анна', head_middle_name = 'Петровна', head_gender = 'FEMALE'"
                        + " where id = ?",
                m1.value());
        regional = w.account(Role.REGIONAL_METHODOLOGIST, region, null);
        regions = w.open(mvc, regional, region, "Наставничество — итоги полугодия", "MENTORS");
        curatorA = w.account(Role.CURATOR, a, null);
        mvc.perform(post("/monitoring/campaigns/{id}/reports/{s}", regions, a)
                        .with(user(curatorA))
                        .with(csrf())
                        .param("action", "submit")
                        .param("comment", "Школа А"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aMunicipalitysMethodologistForwardsHerSchoolsReportsOverHerHeadsSignature() throws Exception {
        NastavnikPrincipal municipal = w.account(Role.MUNICIPAL_METHODOLOGIST, m1, null);
        mvc.perform(get("/monitoring/campaigns/{id}", regions).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("id=\"covering-letter\"")));

        String text = text(mvc.perform(get("/monitoring/campaigns/{id}/covering-letter.docx", regions)
                        .with(user(municipal)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(text)
                .contains(
                        "Управление образования района 1",
                        "Министерство образования области",
                        "О направлении отчётов по мониторингу",
                        "«Наставничество — итоги полугодия»",
                        "Отчёты представили 1 из 2 образовательных организаций; не представили: Школа Б",
                        "\tпредставлен ",
                        "\tне представлен",
                        "Начальник управления ______________________ А. П. Орлова",
                        "Исполнитель: " + municipal.fullName())
                .doesNotContain("Школа В");
        mvc.perform(get("/api/v1/campaigns/{id}/covering-letter.pdf", regions).with(user(municipal)))
                .andExpect(status().isOk());
    }

    @Test
    void noOneButAFollowingMunicipalitysMethodologistFindsALetter() throws Exception {
        NastavnikPrincipal other = w.account(Role.MUNICIPAL_METHODOLOGIST, m2, null);
        CampaignId own = w.open(mvc, w.account(Role.MUNICIPAL_METHODOLOGIST, m1, null), m1, "Своя кампания", "MENTORS");
        for (NastavnikPrincipal who : new NastavnikPrincipal[] {regional, curatorA}) {
            mvc.perform(get("/monitoring/campaigns/{id}/covering-letter.docx", regions)
                            .with(user(who)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/campaigns/{id}/covering-letter.docx", regions)
                            .with(user(who)))
                    .andExpect(status().isNotFound());
        }
        // another municipality's methodologist writes her own letter (her schools), never about district 1's campaign
        mvc.perform(get("/monitoring/campaigns/{id}/covering-letter.docx", own).with(user(other)))
                .andExpect(status().isNotFound());
        // a municipality's own campaign needs no letter: it receives its schools' reports itself
        mvc.perform(get("/monitoring/campaigns/{id}/covering-letter.docx", own)
                        .with(user(w.account(Role.MUNICIPAL_METHODOLOGIST, m1, null))))
                .andExpect(status().isNotFound());
        String text = text(mvc.perform(get("/monitoring/campaigns/{id}/covering-letter.docx", regions)
                        .with(user(other)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(text).contains("Управление образования района 2", "Школа В").doesNotContain("Школа А");
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }
}
