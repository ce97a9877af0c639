package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The public figures' settings of a school with another school's curator, the school's own mentor, another territory's
 * methodologist and the school's own municipality's methodologist (she keeps the municipality's section, not the
 * school's choice): 404 on the page and the API, and nothing changed. Anonymously: the login page or 401.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicFiguresIsolationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicFigureChoices choices;

    @Autowired
    PublicSites sites;

    @Autowired
    Fixtures fixtures;

    @Test
    void nobodyButTheSchoolsCuratorOrDirectorSeesOrChangesItsChoiceOfFigures() throws Exception {
        PublishingWorld.World w = worlds.create();
        choices.choose(w.curator(), w.school(), List.of("MENTORS"));
        String a = w.school().toString();
        String api = "/api/v1/organisations/" + a + "/public-figures";
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, w.school());
        NastavnikPrincipal otherTerritory =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        for (NastavnikPrincipal stranger : List.of(w.otherCurator(), mentor, otherTerritory, worlds.methodologist(w))) {
            List<MockHttpServletRequestBuilder> requests = List.of(
                    get("/publishing/site/figures").param("organisation", a),
                    post("/publishing/site/figures")
                            .param("organisation", a)
                            .param("figures", "PAIRS")
                            .with(csrf()),
                    get(api),
                    put(api).contentType(MediaType.APPLICATION_JSON).content("{\"figures\":[\"PAIRS\"]}"));
            for (MockHttpServletRequestBuilder request : requests) {
                mvc.perform(request.with(user(stranger))).andExpect(status().isNotFound());
            }
        }
        // another school's curator naming her own school changes only her own school
        mvc.perform(post("/publishing/site/figures")
                        .param("organisation", w.orgs().schoolB().toString())
                        .param("figures", "PAIRS")
                        .with(csrf())
                        .with(user(w.otherCurator())))
                .andExpect(status().is3xxRedirection());
        assertThat(choices.of(w.curator(), w.school()).figures()).containsExactly(PublicFigure.MENTORS);
        assertThat(choices.of(w.otherCurator(), w.orgs().schoolB()).figures()).containsExactly(PublicFigure.PAIRS);

        // anonymously: nothing is read or changed
        mvc.perform(get(api)).andExpect(status().is4xxClientError());
        mvc.perform(put(api).contentType(MediaType.APPLICATION_JSON).content("{\"figures\":[]}"))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/publishing/site/figures").param("organisation", a).param("figures", "PAIRS"))
                .andExpect(status().is4xxClientError());
        assertThat(choices.of(w.curator(), w.school()).figures()).containsExactly(PublicFigure.MENTORS);
    }

    @Test
    void theMunicipalitysMethodologistIsToldTheSchoolsChooseAndGetsNoForm() throws Exception {
        PublishingWorld.World w = worlds.create();
        String page = mvc.perform(get("/publishing/site/figures")
                        .param("organisation", w.orgs().municipality().toString())
                        .with(user(worlds.methodologist(w))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Показатели выбирают школы").doesNotContain("figures-form");
        mvc.perform(post("/publishing/site/figures")
                        .param("organisation", w.orgs().municipality().toString())
                        .param("figures", "PAIRS")
                        .with(csrf())
                        .with(user(worlds.methodologist(w))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anotherAreasSchoolInTheFilterShowsNoneOfItsFigures() throws Exception {
        PublishingWorld.World w = worlds.create();
        PublishingWorld.World other = worlds.create();
        choices.choose(other.curator(), other.school(), List.of("MENTORS"));
        String municipal = "mun-" + w.orgs().tag();
        sites.choose(worlds.methodologist(w), w.orgs().municipality(), municipal);
        mvc.perform(get("/o/" + other.slug() + "/nastavnichestvo/api/figures"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.figures[0].key").value("MENTORS"));
        // another municipality's school in the filter: the filter is ignored and none of its schools chose a figure
        for (String url :
                List.of("/o/" + municipal + "/nastavnichestvo/api/figures", "/o/" + municipal + "/nastavnichestvo")) {
            String body = mvc.perform(get(url).param("school", other.school().toString()))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).doesNotContain("MENTORS");
        }
        mvc.perform(get("/o/" + municipal + "-unknown/nastavnichestvo/api/figures"))
                .andExpect(status().isNotFound());
    }
}
