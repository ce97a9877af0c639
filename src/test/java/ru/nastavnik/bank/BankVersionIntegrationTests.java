package ru.nastavnik.bank;

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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Two curators edit one mentor's profile, one mentee's request or the bank's load limits: the second to save on what
 * she read is told (the API 412, the form shown again with her input and the saved values), and nothing is lost.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BankVersionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures bankFixtures;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String organisation;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        organisation = world.schoolA().toString();
        base = "/api/v1/organisations/" + organisation;
    }

    @Test
    void aStaleEditOfAMentorsProfileIsRefusedAndOneWithoutAVersionIsAskedForIt() throws Exception {
        String person = mentor("Волкова");
        assertVersionedEntry(
                "mentors",
                person,
                "{\"competences\":[\"parents\"],\"capacity\":2}",
                "{\"competences\":[\"exams\"],\"capacity\":1}",
                "{\"personId\":\"" + person + "\",\"competences\":[\"exams\"]}");
        mvc.perform(get(base + "/mentors/" + person).with(user(curator)))
                .andExpect(jsonPath("$.competences[0]").value("parents"))
                .andExpect(jsonPath("$.capacity").value(2));
    }

    @Test
    void aStaleEditOfAMenteesRequestIsRefusedAndOneWithoutAVersionIsAskedForIt() throws Exception {
        String person = mentee("Новикова");
        assertVersionedEntry(
                "mentees",
                person,
                "{\"category\":\"NEW_EMPLOYEE\",\"needs\":[\"parents\"]}",
                "{\"category\":\"ON_REQUEST\",\"needs\":[\"exams\"]}",
                "{\"personId\":\"" + person + "\",\"category\":\"ON_REQUEST\",\"needs\":[\"exams\"]}");
        mvc.perform(get(base + "/mentees/" + person).with(user(curator)))
                .andExpect(jsonPath("$.category").value("NEW_EMPLOYEE"))
                .andExpect(jsonPath("$.needs[0]").value("parents"));
    }

    /**
     * The entry's API contract ({@link VersionedEdits#assertVersionedEdit}) with a {@code fresh} and a {@code stale}
     * body; then the POST that enters the bank, {@code entering} for the person in it already, is a change as well and
     * is asked for the version (428).
     */
    private void assertVersionedEntry(String bank, String person, String fresh, String stale, String entering)
            throws Exception {
        String url = base + "/" + bank + "/" + person;
        VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                curator,
                tag -> json(VersionedEdits.ifMatch(put(url), tag), fresh),
                tag -> json(VersionedEdits.ifMatch(put(url), tag), stale));
        mvc.perform(json(post(base + "/" + bank), entering).with(user(curator)))
                .andExpect(status().isPreconditionRequired());
    }

    @Test
    void aStaleEditOfTheLoadLimitsIsRefusedAndOneWithoutAVersionIsAskedForIt() throws Exception {
        String url = base + "/bank-settings";
        assertThat(VersionedEdits.etag(mvc, url, curator)).isEqualTo("\"0\"");
        VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                curator,
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"defaultCapacity\":1,\"maxCapacity\":4}"),
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"defaultCapacity\":2,\"maxCapacity\":2}"));
        mvc.perform(get(url).with(user(curator)))
                .andExpect(jsonPath("$.defaultCapacity").value(1))
                .andExpect(jsonPath("$.maxCapacity").value(4));
    }

    @Test
    void aStaleMentorFormKeepsHerInputAndShowsTheSavedProfileBesideIt() throws Exception {
        String person = mentor("Орлова");
        staleEdit(
                        "mentors",
                        person,
                        "{\"competences\":[\"parents\"],\"capacity\":1,\"achievements\":\"Его достижения\"}",
                        "competences",
                        "discipline",
                        "capacity",
                        "1",
                        "achievements",
                        "Мои достижения")
                .andExpect(VersionedEdits.staleFormKeeps("Мои достижения", "Его достижения"))
                .andExpect(content().string(containsString("Сейчас сохранено: Работа с родителями")));
        mvc.perform(get(base + "/mentors/" + person).with(user(curator)))
                .andExpect(jsonPath("$.achievements").value("Его достижения"))
                .andExpect(jsonPath("$.competences[0]").value("parents"));
    }

    @Test
    void aStaleMenteeFormKeepsHerInputAndShowsTheSavedRequestBesideIt() throws Exception {
        String person = mentee("Зайцева");
        staleEdit(
                        "mentees",
                        person,
                        "{\"category\":\"YOUNG_SPECIALIST\",\"needs\":[\"fgos\"],\"needsNote\":\"Его запрос\"}",
                        "category",
                        "YOUNG_SPECIALIST",
                        "needs",
                        "fgos",
                        "needsNote",
                        "Мой запрос")
                .andExpect(VersionedEdits.staleFormKeeps("Мой запрос", "Его запрос"));
        mvc.perform(get(base + "/mentees/" + person).with(user(curator)))
                .andExpect(jsonPath("$.needsNote").value("Его запрос"));
    }

    @Test
    void theFormThatAddsOnePersonDoesNotChangeSomeoneInTheBankAlready() throws Exception {
        String person = mentor("Белова");
        mvc.perform(post("/bank/mentors")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("personId", person)
                        .param("competences", "exams"))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attributeExists("flashError"));
        mvc.perform(get(base + "/mentors/" + person).with(user(curator)))
                .andExpect(jsonPath("$.competences[0]").value("discipline"));
    }

    /**
     * She opens the entry's edit page; meanwhile someone saves {@code theirs} through the API; then she sends the form
     * ({@code hers}: names and values) on the version she opened.
     */
    private ResultActions staleEdit(String bank, String person, String theirs, String... hers) throws Exception {
        String url = base + "/" + bank + "/" + person;
        String version = VersionedEdits.version(mvc, url, curator);
        mvc.perform(get("/bank/" + bank + "/" + person + "/edit")
                        .param("organisation", organisation)
                        .with(user(curator)))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        mvc.perform(json(put(url).header("If-Match", "\"" + version + "\""), theirs)
                        .with(user(curator)))
                .andExpect(status().isOk());
        var form = post("/bank/" + bank + "/" + person)
                .with(user(curator))
                .with(csrf())
                .param("organisation", organisation)
                .param("version", version);
        for (int i = 0; i + 1 < hers.length; i += 2) {
            form.param(hers[i], hers[i + 1]);
        }
        return mvc.perform(form);
    }

    @Test
    void aStaleLoadLimitsFormKeepsHerInputAndShowsTheSavedLimitsBesideIt() throws Exception {
        String url = base + "/bank-settings";
        mvc.perform(get("/bank/mentors").param("organisation", organisation).with(user(curator)))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(put(url).header("If-Match", "\"0\""), "{\"defaultCapacity\":2,\"maxCapacity\":5}")
                        .with(user(curator)))
                .andExpect(status().isOk());
        mvc.perform(post("/bank/settings")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", organisation)
                        .param("version", "0")
                        .param("defaultCapacity", "1")
                        .param("maxCapacity", "4"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"4\"", "5"));
        mvc.perform(get(url).with(user(curator)))
                .andExpect(jsonPath("$.maxCapacity").value(5));
    }

    private String mentor(String lastName) {
        return bankFixtures
                .aMentor(curator, world.schoolA(), lastName)
                .competences("discipline")
                .enter()
                .toString();
    }

    private String mentee(String lastName) {
        return bankFixtures
                .aMentee(curator, world.schoolA(), lastName)
                .needs("discipline")
                .enter()
                .toString();
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
