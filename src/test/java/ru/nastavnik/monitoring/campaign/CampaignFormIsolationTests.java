package ru.nastavnik.monitoring.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.CrossTenant;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The region's own form of district 1's campaign: a methodologist of district 2 neither sees nor replaces it (404). */
@SpringBootTest
@AutoConfigureMockMvc
class CampaignFormIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CampaignWorld w;

    @Test
    void anotherDistrictsMethodologistReachesNoCampaignForm() throws Exception {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        OrganisationId m1 = w.org("Район 1", OrganisationKind.MUNICIPALITY, region);
        OrganisationId m2 = w.org("Район 2", OrganisationKind.MUNICIPALITY, region);
        w.org("Школа А", OrganisationKind.ORGANISATION, m1);
        CampaignId id =
                w.open(mvc, w.account(Role.MUNICIPAL_METHODOLOGIST, m1, null), m1, "Кампания района 1", "MENTORS");
        NastavnikPrincipal other = w.account(Role.MUNICIPAL_METHODOLOGIST, m2, null);
        MockMultipartFile xlsx = new MockMultipartFile(
                "file", "form.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", new byte[] {
                    'P', 'K', 3, 4
                });
        CrossTenant.refused(
                mvc,
                other,
                404,
                List.of(
                        get("/monitoring/campaigns/" + id + "/form"),
                        multipart("/monitoring/campaigns/" + id + "/form")
                                .file(xlsx)
                                .param("layout", "ROWS")
                                .param("startRow", "2")
                                .with(csrf())));
        assertThat(w.jdbc()
                        .queryForObject(
                                "select count(*) from monitoring_campaign_form where campaign_id = ?",
                                Integer.class,
                                id.value()))
                .isZero();
    }
}
