package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The head is kept as a name in parts with its gender; the old one-string name is shown until it is checked. */
@SpringBootTest
@AutoConfigureMockMvc
class RequisitesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal director;
    String api;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        director = fixtures.user(Role.DIRECTOR, world.schoolA());
        api = "/api/v1/organisations/" + world.schoolA();
    }

    @Test
    void aHeadWithoutAGenderIsRefusedInRussianAndNothingChanges() throws Exception {
        mvc.perform(
                        put(api + "/requisites")
                                .with(user(director))
                                .header("If-Match", etag())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"inn\":\"3419000004\",\"head\":{\"lastName\":\"Кузнецов\",\"firstName\":\"Игорь\"}}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("head.lastName"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("пол руководителя")));
        assertThat(organisations
                        .find(world.schoolA())
                        .orElseThrow()
                        .requisites()
                        .inn())
                .isNull();
    }

    @Test
    void theHeadIsStoredInPartsInTheNominative() throws Exception {
        mvc.perform(put(api + "/requisites")
                        .with(user(director))
                        .header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(
                                "{\"headPosition\":\"Директор\",\"head\":{\"lastName\":\"Кузнецов\",\"firstName\":\"Игорь\","
                                        + "\"middleName\":\"Васильевич\",\"gender\":\"MALE\"}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requisites.head.lastName").value("Кузнецов"))
                .andExpect(jsonPath("$.requisites.head.gender").value("MALE"));
    }

    @Test
    void anOverrideLineWithoutSixFormsIsRefusedWithItsLineNumber() throws Exception {
        mvc.perform(put(api + "/requisites")
                        .with(user(director))
                        .header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"declensionOverrides\":\"учитель-логопед; учителя-логопеда; учителю-логопеду; "
                                + "учителя-логопеда; учителем-логопедом; учителе-логопеде\\nпедагог; педагога\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("declensionOverrides"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Строка 2")));
        assertThat(organisations
                        .find(world.schoolA())
                        .orElseThrow()
                        .requisites()
                        .declensionOverrides())
                .isNull();
    }

    @Test
    void theRequisitesPageAsksForTheOldHeadNameThatCouldNotBeReadAndForgetsItOnceTheNameIsTyped() throws Exception {
        jdbc.update(
                "update organisation set head_name = 'Директору школы' where id = ?",
                world.schoolA().value());
        String page = "/organisation/organisations/" + world.schoolA();
        mvc.perform(get(page).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("«Директору школы», и её не удалось разобрать")));

        mvc.perform(post(page + "/requisites")
                        .with(user(director))
                        .with(csrf())
                        .param("version", version())
                        .param("headPosition", "Директор")
                        .param("headLastName", "Морозова")
                        .param("headFirstName", "Татьяна")
                        .param("headMiddleName", "Викторовна")
                        .param("headGender", "FEMALE"))
                .andExpect(status().is3xxRedirection());

        Requisites saved = organisations.find(world.schoolA()).orElseThrow().requisites();
        assertThat(saved.head())
                .isEqualTo(new HeadName("Морозова", "Татьяна", "Викторовна", ru.nastavnik.shared.Gender.FEMALE));
        assertThat(saved.headNameToCheck()).isNull();
        mvc.perform(get(page).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Директору школы"))));
    }

    @Test
    void theDetailsForDocumentsAreSavedFromThePageAndReturnedByTheApi() throws Exception {
        mvc.perform(post("/organisation/organisations/" + world.schoolA() + "/requisites")
                        .with(user(director))
                        .with(csrf())
                        .param("version", version())
                        .param("founder", "Управление образования г. Энска")
                        .param("locality", "г. Энск")
                        .param("curatorName", "Исаева  Анна Сергеевна")
                        .param("curatorPhone", "8 (8442) 12-34-56")
                        .param("mentoringPayment", "15 процентов оклада за каждого наставляемого ежемесячно")
                        .param("mentorshipPage", "https://school.example.ru/nastavnichestvo")
                        .param("socialPages", "https://vk.com/school\r\n\r\nhttps://t.me/school "))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(api).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requisites.founder").value("Управление образования г. Энска"))
                .andExpect(jsonPath("$.requisites.locality").value("г. Энск"))
                .andExpect(jsonPath("$.requisites.curatorName").value("Исаева Анна Сергеевна"))
                .andExpect(jsonPath("$.requisites.curatorPhone").value("8 (8442) 12-34-56"))
                .andExpect(jsonPath("$.requisites.mentorshipPage").value("https://school.example.ru/nastavnichestvo"))
                .andExpect(jsonPath("$.requisites.socialPages").value("https://vk.com/school\nhttps://t.me/school"));
        mvc.perform(get("/organisation/organisations/" + world.schoolA()).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("value=\"15 процентов оклада за каждого наставляемого ежемесячно\"")));
    }

    @Test
    void aSocialPageThatIsNotAnAddressIsRefusedWithItsLineAndNothingChanges() throws Exception {
        mvc.perform(
                        put(api + "/requisites")
                                .with(user(director))
                                .header("If-Match", etag())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"locality\":\"г. Энск\",\"socialPages\":\"https://vk.com/school\\nvk.com/school2\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("socialPages"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("строка 2: «vk.com/school2»")));
        mvc.perform(put(api + "/requisites")
                        .with(user(director))
                        .header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"curatorName\":\"Исаева\",\"curatorPhone\":\"звоните\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.containsInAnyOrder("curatorName", "curatorPhone")));
        assertThat(organisations
                        .find(world.schoolA())
                        .orElseThrow()
                        .requisites()
                        .locality())
                .isNull();
    }

    /** Two editors read the requisites; the second to save is told, and the first one's change is kept. */
    @Test
    void anInnOrOgrnWithAWrongCheckDigitIsRefusedNamingItsField() throws Exception {
        String tag = mvc.perform(get(api).with(user(director)))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        mvc.perform(put(api + "/requisites")
                        .with(user(director))
                        .header("If-Match", tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"inn\":\"4634005120\",\"ogrn\":\"1024600801236\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("inn", "ogrn")))
                .andExpect(jsonPath("$.errors[0].message", containsString("контрольной цифры")));
    }

    @Test
    void aStaleEditIsRefusedAndAnEditWithoutAVersionIsAskedForIt() throws Exception {
        VersionedEdits.assertVersionedEdit(
                mvc,
                api,
                director,
                tag -> VersionedEdits.ifMatch(put(api + "/requisites"), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"inn\":\"3419000004\"}"),
                tag -> VersionedEdits.ifMatch(put(api + "/requisites"), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"inn\":\"3419999996\"}"));
        assertThat(organisations
                        .find(world.schoolA())
                        .orElseThrow()
                        .requisites()
                        .inn())
                .isEqualTo("3419000004");
    }

    /** The page's form carries the version; a stale save keeps what she typed and shows the value saved meanwhile. */
    @Test
    void aStaleRequisitesFormKeepsHerInputAndShowsTheOtherValueBesideIt() throws Exception {
        String version = version();
        mvc.perform(put(api + "/requisites")
                        .with(user(director))
                        .header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"address\":\"ул. Мира, 5\",\"inn\":\"3419000004\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/organisation/organisations/" + world.schoolA() + "/requisites")
                        .with(user(director))
                        .with(csrf())
                        .param("version", version)
                        .param("address", "ул. Ленина, 1")
                        .param("inn", "3419000004"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"ул. Ленина, 1\"", "ул. Мира, 5"))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Сейчас сохранено: 3419000004"))));
        assertThat(organisations
                        .find(world.schoolA())
                        .orElseThrow()
                        .requisites()
                        .address())
                .isEqualTo("ул. Мира, 5");
    }

    @Test
    void aMunicipalitysMethodologistNamesItsHeadAndPlaceButNotASchoolsNorTheRegionAbove() throws Exception {
        var methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String municipality = "/api/v1/organisations/" + world.municipality();
        String body = "{\"locality\":\"г. Камышин\",\"headPosition\":\"Начальник отдела образования\","
                + "\"head\":{\"lastName\":\"Орлова\",\"firstName\":\"Анна\",\"middleName\":\"Сергеевна\","
                + "\"gender\":\"FEMALE\"}}";
        mvc.perform(put(municipality + "/requisites")
                        .with(user(methodologist))
                        .header("If-Match", VersionedEdits.etag(mvc, municipality, methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requisites.head.lastName").value("Орлова"))
                .andExpect(jsonPath("$.requisites.locality").value("г. Камышин"));
        mvc.perform(get("/organisation/organisations/" + world.municipality()).with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                "action=\"/organisation/organisations/" + world.municipality() + "/requisites\"")))
                // an education authority is asked for its own details, not a school's curator or payment
                .andExpect(content().string(containsString("органа управления образованием")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Куратор наставничества (ФИО)"))))
                .andExpect(content()
                        .string(org.hamcrest.Matchers.not(containsString("Выплата за наставничество (размер"))));

        // a school's requisites are its director's; the region's its own methodologist's
        mvc.perform(put(api + "/requisites")
                        .with(user(methodologist))
                        .header("If-Match", etag())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden());
        var regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region());
        mvc.perform(put(municipality + "/requisites")
                        .with(user(regional))
                        .header("If-Match", VersionedEdits.etag(mvc, municipality, methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"locality\":\"г. Волгоград\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/organisation/organisations/" + world.schoolA()).with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/requisites\""))));
        assertThat(organisations
                        .find(world.municipality())
                        .orElseThrow()
                        .requisites()
                        .locality())
                .isEqualTo("г. Камышин");
        assertThat(organisations
                        .find(world.schoolA())
                        .orElseThrow()
                        .requisites()
                        .locality())
                .isNotEqualTo("г. Камышин");
    }

    private String etag() throws Exception {
        return VersionedEdits.etag(mvc, api, director);
    }

    private String version() throws Exception {
        return VersionedEdits.version(mvc, api, director);
    }
}
