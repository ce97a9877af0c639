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

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import ru.nastavnik.Fixtures;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.StaffManagement;
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
    StaffManagement staff;
    @Autowired
    ConsentManagement consents;
    @Autowired
    BankManagement banks;

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
        String url = base + "/mentors/" + person;
        VersionedEdits.assertVersionedEdit(mvc, url, curator,
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"competences\":[\"parents\"],\"capacity\":2}"),
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"competences\":[\"exams\"],\"capacity\":1}"));
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.competences[0]").value("parents"))
                .andExpect(jsonPath("$.capacity").value(2));
        // the POST that enters the bank is a change for someone in it already: the same rule
        mvc.perform(json(post(base + "/mentors"), "{\"personId\":\"" + person + "\",\"competences\":[\"exams\"]}")
                .with(user(curator))).andExpect(status().isPreconditionRequired());
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.competences[0]").value("parents"));
    }

    @Test
    void aStaleEditOfAMenteesRequestIsRefusedAndOneWithoutAVersionIsAskedForIt() throws Exception {
        String person = mentee("Новикова");
        String url = base + "/mentees/" + person;
        VersionedEdits.assertVersionedEdit(mvc, url, curator,
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"category\":\"NEW_EMPLOYEE\",\"needs\":[\"parents\"]}"),
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"category\":\"ON_REQUEST\",\"needs\":[\"exams\"]}"));
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.category").value("NEW_EMPLOYEE"))
                .andExpect(jsonPath("$.needs[0]").value("parents"));
        mvc.perform(json(post(base + "/mentees"), "{\"personId\":\"" + person + "\",\"category\":\"ON_REQUEST\","
                + "\"needs\":[\"exams\"]}").with(user(curator))).andExpect(status().isPreconditionRequired());
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.needs[0]").value("parents"));
    }

    @Test
    void aStaleEditOfTheLoadLimitsIsRefusedAndOneWithoutAVersionIsAskedForIt() throws Exception {
        String url = base + "/bank-settings";
        assertThat(VersionedEdits.etag(mvc, url, curator)).isEqualTo("\"0\"");
        VersionedEdits.assertVersionedEdit(mvc, url, curator,
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"defaultCapacity\":1,\"maxCapacity\":4}"),
                tag -> json(VersionedEdits.ifMatch(put(url), tag), "{\"defaultCapacity\":2,\"maxCapacity\":2}"));
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.defaultCapacity").value(1))
                .andExpect(jsonPath("$.maxCapacity").value(4));
    }

    @Test
    void aStaleMentorFormKeepsHerInputAndShowsTheSavedProfileBesideIt() throws Exception {
        String person = mentor("Орлова");
        String url = base + "/mentors/" + person;
        String version = VersionedEdits.version(mvc, url, curator);
        mvc.perform(get("/bank/mentors/" + person + "/edit").param("organisation", organisation).with(user(curator)))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        mvc.perform(json(put(url).header("If-Match", "\"" + version + "\""),
                        "{\"competences\":[\"parents\"],\"capacity\":1,\"achievements\":\"Его достижения\"}").with(user(curator)))
                .andExpect(status().isOk());
        mvc.perform(post("/bank/mentors/" + person).with(user(curator)).with(csrf()).param("organisation", organisation)
                        .param("version", version).param("competences", "discipline").param("capacity", "1")
                        .param("achievements", "Мои достижения"))
                .andExpect(VersionedEdits.staleFormKeeps("Мои достижения", "Его достижения"))
                .andExpect(content().string(containsString("Сейчас сохранено: Работа с родителями")));
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.achievements").value("Его достижения"))
                .andExpect(jsonPath("$.competences[0]").value("parents"));
    }

    @Test
    void aStaleMenteeFormKeepsHerInputAndShowsTheSavedRequestBesideIt() throws Exception {
        String person = mentee("Зайцева");
        String url = base + "/mentees/" + person;
        String version = VersionedEdits.version(mvc, url, curator);
        mvc.perform(get("/bank/mentees/" + person + "/edit").param("organisation", organisation).with(user(curator)))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
        mvc.perform(json(put(url).header("If-Match", "\"" + version + "\""),
                        "{\"category\":\"YOUNG_SPECIALIST\",\"needs\":[\"fgos\"],\"needsNote\":\"Его запрос\"}").with(user(curator)))
                .andExpect(status().isOk());
        mvc.perform(post("/bank/mentees/" + person).with(user(curator)).with(csrf()).param("organisation", organisation)
                        .param("version", version).param("category", "YOUNG_SPECIALIST").param("needs", "fgos")
                        .param("needsNote", "Мой запрос"))
                .andExpect(VersionedEdits.staleFormKeeps("Мой запрос", "Его запрос"));
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.needsNote").value("Его запрос"));
    }

    @Test
    void aStaleLoadLimitsFormKeepsHerInputAndShowsTheSavedLimitsBesideIt() throws Exception {
        String url = base + "/bank-settings";
        mvc.perform(get("/bank/mentors").param("organisation", organisation).with(user(curator)))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(put(url).header("If-Match", "\"0\""), "{\"defaultCapacity\":2,\"maxCapacity\":5}")
                .with(user(curator))).andExpect(status().isOk());
        mvc.perform(post("/bank/settings").with(user(curator)).with(csrf()).param("organisation", organisation)
                        .param("version", "0").param("defaultCapacity", "1").param("maxCapacity", "4"))
                .andExpect(VersionedEdits.staleFormKeeps("value=\"4\"", "5"));
        mvc.perform(get(url).with(user(curator))).andExpect(jsonPath("$.maxCapacity").value(5));
    }

    private String mentor(String lastName) {
        String person = consented(lastName);
        banks.saveMentor(curator, world.schoolA(), new MentorRequest(person, List.of("discipline"), null, 1, List.of(),
                null, null, false));
        return person;
    }

    private String mentee(String lastName) {
        String person = consented(lastName);
        banks.saveMentee(curator, world.schoolA(), new MenteeRequest(person, MenteeCategory.YOUNG_SPECIALIST, null,
                List.of("discipline"), null));
        return person;
    }

    private String consented(String lastName) {
        String person = staff.create(curator, world.schoolA(), Fixtures.teacher(lastName, "Анна", "Сергеевна")).id().toString();
        consents.recordGiven(curator, world.schoolA(), new GiveConsent(person, ConsentPurpose.PERSONAL_DATA,
                LocalDate.now().minusDays(1), null, null));
        return person;
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder json(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
