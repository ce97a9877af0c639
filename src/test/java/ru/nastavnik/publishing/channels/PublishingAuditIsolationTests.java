package ru.nastavnik.publishing.channels;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The school's list of posts to delete and its report of publications by stage and channel name its news and where
 * they were posted: another school's curator, the school's own mentor and another territory's methodologist get 404
 * from the pages and the API alike; a methodologist reads her own territory's report only.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingAuditIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    Fixtures fixtures;

    @Test
    void strangersReachNoSchoolsPostsToDeleteNorItsCoverageReport() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        String school = w.school().toString();
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory)) {
            mvc.perform(get("/publishing/channels/to-delete")
                            .param("organisation", school)
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/organisations/" + school + "/deliveries/to-delete")
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/publishing/report").param("organisation", school).with(user(stranger)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/organisations/" + school + "/publishing-report")
                            .with(user(stranger)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/organisations/" + w.orgs().municipality() + "/publishing-report")
                        .with(user(otherTerritory)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/publishing/channels/to-delete").with(user(w.curator())))
                .andExpect(status().isOk());
    }
}
