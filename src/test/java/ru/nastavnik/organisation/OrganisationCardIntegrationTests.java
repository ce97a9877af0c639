package ru.nastavnik.organisation;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;

/** The school's card names its municipality; only one who may open the municipality's card gets a link to it. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganisationCardIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganisationManagement organisations;

    @Test
    void aCuratorSeesHerMunicipalitysNameWithoutALinkThatWouldAnswer404() throws Exception {
        Fixtures.World world = fixtures.world();
        String municipality =
                organisations.find(world.municipality()).orElseThrow().name();
        String link = "href=\"/organisation/organisations/" + world.municipality() + "\"";

        mvc.perform(get("/organisation/organisations/{id}", world.schoolA())
                        .with(user(fixtures.user(Role.CURATOR, world.schoolA()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(municipality)))
                .andExpect(content().string(not(containsString(link))));
        mvc.perform(get("/organisation/organisations/{id}", world.schoolA())
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(link)));
    }
}
