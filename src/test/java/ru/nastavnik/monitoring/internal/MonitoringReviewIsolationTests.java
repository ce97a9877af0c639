package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A programme's impact page and its changes do not exist for another school's curator and director, a municipal
 * methodologist (people stay inside their school), or a teacher of the same school outside the pair: 404, nothing
 * changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringReviewIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovedProgrammes approvedProgrammes;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anotherSchoolsProgrammeIsNotFoundAndNothingChanges() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.approved(List.of("discipline"));
        ProgrammeFixtures.ActivePair pair = approved.pair();
        ProgrammeView programme = approved.programme();
        String page = "/monitoring/programmes/" + programme.id() + "/impact";
        mvc.perform(post(page + "/results")
                .param("kind", "OPEN_LESSON")
                .param("title", "Урок")
                .param("achievedOn", SchoolToday.date().toString())
                .with(user(pair.curator()))
                .with(csrf()));
        UUID result = jdbc.queryForObject(
                "select id from monitoring_programme_result where programme_id = ?", UUID.class, programme.id());
        var municipality = new ru.nastavnik.shared.OrganisationId(jdbc.queryForObject(
                "select parent_id from organisation where id = ?",
                UUID.class,
                pair.school().value()));
        Fixtures.World other = fixtures.world();
        List<NastavnikPrincipal> outsiders = List.of(
                fixtures.user(Role.CURATOR, other.schoolA()),
                fixtures.user(Role.DIRECTOR, other.schoolB()),
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, municipality),
                pair.stranger());
        for (NastavnikPrincipal outsider : outsiders) {
            mvc.perform(get(page).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(post(page + "/start")
                            .param("score", "3")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(page + "/end")
                            .param("score", "3")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(page + "/results")
                            .param("kind", "OPEN_LESSON")
                            .param("title", "Чужой урок")
                            .param("achievedOn", SchoolToday.date().toString())
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(page + "/results/" + result + "/delete")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            String quality = "/monitoring/programmes/" + programme.id() + "/quality";
            mvc.perform(get(quality).with(user(outsider))).andExpect(status().isNotFound());
            mvc.perform(post(quality + "/checkin")
                            .param("meetingsHeld", "1")
                            .param("progress", "Чужое")
                            .param("satisfaction", "5")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(quality + "/curator")
                            .param("planFollowed", "1")
                            .param("pairInteraction", "1")
                            .param("supportSufficient", "1")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
            mvc.perform(post(quality + "/swot")
                            .param("strengths", "Чужое")
                            .with(user(outsider))
                            .with(csrf()))
                    .andExpect(status().isNotFound());
        }
        for (String table :
                List.of("monitoring_self_assessment", "monitoring_checkin", "monitoring_programme_review")) {
            assertThat(jdbc.queryForObject(
                            "select count(*) from " + table + " where programme_id = ?", Integer.class, programme.id()))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForList(
                        "select title from monitoring_programme_result where programme_id = ?",
                        String.class,
                        programme.id()))
                .containsExactly("Урок");
        // an id that is not a programme's, or not an id at all
        mvc.perform(get("/monitoring/programmes/" + UUID.randomUUID() + "/impact")
                        .with(user(pair.curator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/programmes/x/impact").with(user(pair.curator())))
                .andExpect(status().isNotFound());
        // a result of another programme cannot be deleted through this one
        ApprovedProgrammes.Approved secondApproved = approvedProgrammes.approved(List.of("discipline"));
        ProgrammeFixtures.ActivePair second = secondApproved.pair();
        ProgrammeView theirs = secondApproved.programme();
        mvc.perform(post("/monitoring/programmes/" + theirs.id() + "/impact/results/" + result + "/delete")
                        .with(user(second.curator()))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_programme_result where id = ?", Integer.class, result))
                .isEqualTo(1);
    }
}
