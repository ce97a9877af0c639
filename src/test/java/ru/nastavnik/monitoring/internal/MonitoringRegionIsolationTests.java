package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The API of a programme's stage 1 and of a school's yearly review does not exist for another school's curator or
 * director, the school's own municipal and regional methodologists (people and a school's own review stay inside
 * it), or a teacher of the same school outside the pair: 404, nothing changed. The area's indicator page, paged,
 * stays closed to another territory.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringRegionIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovedProgrammes approvedProgrammes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherSchoolsStageOneAndYearlyReviewAreNotFoundAndNothingChanges() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.approved(List.of("discipline"));
        ProgrammeFixtures.ActivePair pair = approved.pair();
        ProgrammeView programme = approved.programme();
        OrganisationId municipality = new OrganisationId(jdbc.queryForObject(
                "select parent_id from organisation where id = ?",
                UUID.class,
                pair.school().value()));
        OrganisationId region = new OrganisationId(jdbc.queryForObject(
                "select parent_id from organisation where id = ?", UUID.class, municipality.value()));
        Fixtures.World other = fixtures.world();
        List<NastavnikPrincipal> outsiders = List.of(
                fixtures.user(Role.CURATOR, other.schoolA()),
                fixtures.user(Role.DIRECTOR, other.schoolB()),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, municipality),
                fixtures.user(Role.REGIONAL_METHODOLOGIST, region),
                pair.stranger());
        String quality = "/api/v1/programmes/" + programme.id() + "/quality";
        String review = "/api/v1/organisations/" + pair.school() + "/system-review";
        for (NastavnikPrincipal outsider : outsiders) {
            mvc.perform(get(quality).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(put(quality + "/curator-answers")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"planFollowed\":1,\"pairInteraction\":1,\"supportSufficient\":1}")
                            .with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(put(quality + "/swot")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"strengths\":\"Чужое\"}")
                            .with(user(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(get(review).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(put(review)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"texts\":{\"STAFF\":\"Чужое\"}}")
                            .with(user(outsider)))
                    .andExpect(status().isNotFound());
        }
        // the pair's own mentor reads her programme's stage 1, not the school's review
        mvc.perform(get(review).with(user(pair.mentor()))).andExpect(status().isNotFound());
        mvc.perform(put(review)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"texts\":{\"STAFF\":\"Моё\"}}")
                        .with(user(pair.mentor())))
                .andExpect(status().isNotFound());
        // an area has no yearly review of a school; a malformed or unknown id is not found
        mvc.perform(get("/api/v1/organisations/" + municipality + "/system-review")
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, municipality))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + UUID.randomUUID() + "/quality").with(user(pair.curator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/x/quality").with(user(pair.curator())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_programme_review where programme_id = ?",
                        Integer.class,
                        programme.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_system_review where organisation_id = ?",
                        Integer.class,
                        pair.school().value()))
                .isZero();

        // the paged indicator page of an area: another territory's methodologist finds neither page nor filter
        NastavnikPrincipal otherDistrict = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, other.municipality());
        mvc.perform(get("/monitoring/indicators")
                        .param("organisation", municipality.toString())
                        .param("page", "1")
                        .param("q", "Школа")
                        .with(user(otherDistrict)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/indicators")
                        .param("organisation", municipality.toString())
                        .param("page", "1")
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, municipality))))
                .andExpect(status().isOk());
    }
}
