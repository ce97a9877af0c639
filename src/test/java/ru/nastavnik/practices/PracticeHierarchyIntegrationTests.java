package ru.nastavnik.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A school's practice goes to its municipality and on to the region; each level accepts it or returns it with a comment. */
@SpringBootTest
@AutoConfigureMockMvc
class PracticeHierarchyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    PracticeShelf shelf;

    Fixtures.World world;
    NastavnikPrincipal municipal;
    NastavnikPrincipal regional;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region());
    }

    @Test
    void anAcceptedPracticeClimbsFromTheSchoolToTheMunicipalityAndTheRegionOnceAtATime() throws Exception {
        PracticeShelf.Shelved p =
                shelf.proposed(world.schoolA(), "Взаимопосещение уроков", "Пары посещают уроки друг друга");
        String school = "/api/v1/organisations/" + world.schoolA() + "/practices/" + p.id();
        mvc.perform(post(school + "/proposal").with(user(p.curator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("только практику, принятую")));
        mvc.perform(post(school + "/accept").with(user(p.curator())))
                .andExpect(jsonPath("$.level").value("SCHOOL"));

        mvc.perform(post(school + "/proposal").with(user(p.curator())))
                .andExpect(jsonPath("$.pendingLevel").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.pendingOrganisationId")
                        .value(world.municipality().toString()));
        mvc.perform(post(school + "/proposal").with(user(p.curator())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("предложить её второй раз нельзя")));

        // the region is not where it was sent: refused, nothing changed
        String region = "/api/v1/organisations/" + world.region();
        mvc.perform(post(region + "/practice-proposals/" + p.id() + "/accept").with(user(regional)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("не в копилку вашего уровня")));
        mvc.perform(get(school).with(user(p.curator())))
                .andExpect(jsonPath("$.practice.pendingLevel").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.practice.level").value("SCHOOL"));

        String municipality = "/api/v1/organisations/" + world.municipality();
        mvc.perform(get(municipality + "/practice-proposals").with(user(municipal)))
                .andExpect(jsonPath("$[0].title").value("Взаимопосещение уроков"));
        mvc.perform(post(municipality + "/practice-proposals/" + p.id() + "/accept")
                        .with(user(municipal)))
                .andExpect(jsonPath("$.level").value("MUNICIPALITY"))
                .andExpect(jsonPath("$.pendingLevel").isEmpty());
        mvc.perform(post(school + "/proposal").with(user(p.curator()))).andExpect(status().isUnprocessableContent());

        // the municipal methodologist sends it on from her page; the regional one accepts it on hers
        mvc.perform(get("/practices/" + p.id()).with(user(municipal)))
                .andExpect(content().string(containsString("id=\"propose-up\"")));
        mvc.perform(post("/practices/" + p.id() + "/proposal")
                        .param("organisation", world.municipality().toString())
                        .with(user(municipal))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()));
        mvc.perform(get("/practices/" + p.id()).with(user(regional)))
                .andExpect(content().string(containsString("id=\"accept-up\"")));
        mvc.perform(post("/practices/" + p.id() + "/level-acceptance")
                        .param("organisation", world.region().toString())
                        .with(user(regional))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()));
        mvc.perform(get(region + "/practices/" + p.id()).with(user(regional)))
                .andExpect(jsonPath("$.practice.level").value("REGION"))
                .andExpect(jsonPath("$.history.length()").value(6));
        mvc.perform(get("/practices/" + p.id()).with(user(p.curator())))
                .andExpect(content().string(containsString("региональная копилка")))
                .andExpect(content().string(containsString("принята в копилку уровня")));
        mvc.perform(post(region + "/practices/" + p.id() + "/proposal").with(user(regional)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("высший уровень")));
    }

    @Test
    void aLevelReturnsAPracticeOnlyWithACommentAndTheSchoolMayProposeItAgain() throws Exception {
        PracticeShelf.Shelved p = shelf.accepted(world.schoolA(), "Школа молодого учителя", "Описание");
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/practices/" + p.id() + "/proposal")
                        .with(user(p.curator())))
                .andExpect(status().isOk());
        String proposals = "/api/v1/organisations/" + world.municipality() + "/practice-proposals/" + p.id();
        mvc.perform(post(proposals + "/return")
                        .with(user(municipal))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("comment"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Укажите комментарий")));
        mvc.perform(post("/practices/" + p.id() + "/return")
                        .param("organisation", world.municipality().toString())
                        .param("comment", "Добавьте результаты и материалы")
                        .with(user(municipal))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()));
        mvc.perform(get("/practices/" + p.id()).with(user(p.curator())))
                .andExpect(content().string(containsString("Добавьте результаты и материалы")))
                .andExpect(content().string(containsString("возвращена на доработку")));
        mvc.perform(post("/practices/" + p.id() + "/proposal")
                        .param("organisation", world.schoolA().toString())
                        .with(user(p.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/practices/" + p.id()));
        mvc.perform(get(proposals.replace("/practice-proposals/", "/practices/"))
                        .with(user(municipal)))
                .andExpect(jsonPath("$.practice.pendingLevel").value("MUNICIPALITY"));
    }

    @Test
    void aSchoolDirectlyUnderTheRegionProposesToTheRegion() throws Exception {
        OrganisationId lyceum = fixtures.org("Лицей " + world.tag(), OrganisationKind.ORGANISATION, world.region())
                .id();
        PracticeShelf.Shelved p = shelf.accepted(lyceum, "Лицейская практика", "Описание");
        mvc.perform(post("/api/v1/organisations/" + lyceum + "/practices/" + p.id() + "/proposal")
                        .with(user(p.curator())))
                .andExpect(jsonPath("$.pendingLevel").value("REGION"))
                .andExpect(
                        jsonPath("$.pendingOrganisationId").value(world.region().toString()));
        mvc.perform(get("/api/v1/organisations/" + world.municipality() + "/practice-proposals")
                        .with(user(municipal)))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theMunicipalLibraryFindsItsSchoolsPracticesInRussianAndNeverAnotherMunicipalitys() throws Exception {
        shelf.accepted(
                world.schoolA(), "Наставничество для молодых учителей", "Как мы поддерживаем учителей в первый год");
        shelf.accepted(world.schoolB(), "Клуб наставников", "Встречи раз в месяц");
        shelf.proposed(world.schoolB(), "Не принятая школой практика учителя", "Ещё на рассмотрении");
        OrganisationId otherDistrict = fixtures.org(
                        "Соседний район " + world.tag(), OrganisationKind.MUNICIPALITY, world.region())
                .id();
        OrganisationId otherSchool = fixtures.org(
                        "Школа соседнего района " + world.tag(), OrganisationKind.ORGANISATION, otherDistrict)
                .id();
        shelf.accepted(otherSchool, "Учитель учителю", "Практика соседнего района");
        String library = "/api/v1/organisations/" + world.municipality() + "/practice-library";

        mvc.perform(get(library).param("q", "учитель").with(user(municipal)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Наставничество для молодых учителей"))
                .andExpect(jsonPath("$[0].level").value("SCHOOL"));
        mvc.perform(get(library).with(user(municipal)))
                .andExpect(jsonPath("$.length()").value(2));
        mvc.perform(get(library).param("school", world.schoolB().toString()).with(user(municipal)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Клуб наставников"));
        mvc.perform(get(library).param("school", otherSchool.toString()).with(user(municipal)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("school"));
        mvc.perform(get(library).param("level", "MUNICIPALITY").with(user(municipal)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/practices/library")
                        .param("q", "учителей")
                        .param("school", "")
                        .param("level", "")
                        .with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Наставничество для молодых учителей")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Учитель учителю"))));

        NastavnikPrincipal neighbour = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, otherDistrict);
        mvc.perform(get(library).with(user(neighbour))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + otherDistrict + "/practice-library")
                        .param("q", "учитель")
                        .with(user(neighbour)))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].title").value("Учитель учителю"));
        mvc.perform(get("/api/v1/organisations/" + world.region() + "/practice-library")
                        .param("q", "учитель")
                        .with(user(regional)))
                .andExpect(jsonPath("$.length()").value(2));
        assertThat(mvc.perform(get(library).with(user(regional)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
