package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SessionCookie;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** People added to a bank together and mentors' training set together, each by the rules of one: all or none. */
@SpringBootTest
@AutoConfigureMockMvc
class BankBatchesIntegrationTests {

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

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    JdbcTemplate jdbc;

    Fixtures.World world;
    NastavnikPrincipal curator;
    String base;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        base = "/api/v1/organisations/" + world.schoolA();
    }

    @Test
    void manyPeopleEnterTheMentorBankTogetherWithOneAuditRecordNamingThem() throws Exception {
        String orlova = consented("Орлова");
        String belova = consented("Белова");

        mentors(orlova, belova)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].profile.fullName").value("Орлова Анна Сергеевна"))
                .andExpect(jsonPath("$[1].competences[0]").value("discipline"));

        assertThat(mentorCount()).isEqualTo(2);
        assertThat(jdbc.queryForList("""
                select array_length(subject_ids, 1) from audit_entry where organisation_id = ?
                  and details = 'включены в банк наставников'""", Integer.class, world.schoolA().value()))
                .containsExactly(2);
    }

    @Test
    void ifOnePersonMayNotEnterTheBankNobodyDoesAndTheRefusalNamesWhoAndWhy() throws Exception {
        String orlova = consented("Орлова");
        String noConsent = staff.create(curator, world.schoolA(), Fixtures.teacher("Гусева", "Анна", "Сергеевна"))
                .id()
                .toString();
        String already = consented("Белова");
        mentors(already).andExpect(status().isOk());

        mentors(orlova, noConsent, already)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("personIds"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value(containsString("Гусева Анна Сергеевна: Нет действующего согласия")))
                .andExpect(jsonPath("$.errors[1].message")
                        .value(containsString("Белова Анна Сергеевна: уже в банке наставников")));
        assertThat(mentorCount()).isEqualTo(1);

        mvc.perform(post(base + "/mentees/batch")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + orlova + "\",\"" + noConsent
                                + "\"],\"category\":\"YOUNG_SPECIALIST\"," + "\"needs\":[\"fgos\"]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Гусева Анна Сергеевна")));
        assertThat(banks.mentees(curator, world.schoolA(), BankFilter.all())).isEmpty();
    }

    @Test
    void theBankPageShowsEveryRefusalOfAChangeOfManyNotOnlyTheFirst() throws Exception {
        String noConsent = staff.create(curator, world.schoolA(), Fixtures.teacher("Гусева", "Анна", "Сергеевна"))
                .id()
                .toString();
        String already = consented("Белова");
        mentors(already).andExpect(status().isOk());

        SessionCookie browser = new SessionCookie();
        String back = mvc.perform(post("/bank/mentors/batch")
                        .with(user(curator))
                        .with(csrf())
                        .with(browser)
                        .param("organisation", world.schoolA().toString())
                        .param("personId", noConsent, already)
                        .param("competences", "discipline"))
                .andDo(browser)
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(back).with(user(curator)).with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Гусева Анна Сергеевна: Нет действующего согласия")))
                .andExpect(content().string(containsString("Белова Анна Сергеевна: уже в банке наставников")));
        assertThat(mentorCount()).isEqualTo(1);
    }

    @Test
    void aProfileWrongForEveryoneIsRefusedOnceNotPersonByPerson() throws Exception {
        String orlova = consented("Орлова");
        String belova = consented("Белова");
        mvc.perform(post(base + "/mentors/batch")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + orlova + "\",\"" + belova + "\"],\"competences\":[]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("competences"));
        assertThat(mentorCount()).isZero();
    }

    @Test
    void theTrainingOfManyMentorsIsSetTogetherAndNotAtAllIfOneIsNoMentor() throws Exception {
        String orlova = consented("Орлова");
        String belova = consented("Белова");
        String notMentor = consented("Зайцева");
        mentors(orlova, belova).andExpect(status().isOk());

        training("TRAINED", orlova, belova, notMentor)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value("Зайцева Анна Сергеевна: нет в банке наставников."));
        assertThat(banks.mentors(curator, world.schoolA(), BankFilter.all()))
                .extracting(MentorView::trainingStatus)
                .containsOnly(TrainingStatus.NOT_TRAINED);

        training("TRAINED", orlova, belova)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].trainingStatus")
                        .value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("TRAINED"))))
                .andExpect(jsonPath("$[0].competences[0]").value("discipline"));
        assertThat(banks.mentors(curator, world.schoolA(), BankFilter.all()))
                .extracting(MentorView::trainingStatus)
                .containsOnly(TrainingStatus.TRAINED);
    }

    @Test
    void anotherSchoolsPersonAmongThemIsNotFoundAndNothingChanges() throws Exception {
        NastavnikPrincipal curatorOfB = fixtures.user(Role.CURATOR, world.schoolB());
        String orlova = consented("Орлова");
        String ofB = bankFixtures
                .aMentor(curatorOfB, world.schoolB(), "Чужая")
                .competences("discipline")
                .enter()
                .toString();

        mentors(orlova, ofB).andExpect(status().isNotFound());
        training("TRAINED", ofB).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/organisations/" + world.schoolB() + "/mentors/training")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + ofB + "\"],\"trainingStatus\":\"TRAINED\"}"))
                .andExpect(status().isNotFound());

        assertThat(mentorCount()).isZero();
        assertThat(banks.mentors(curatorOfB, world.schoolB(), BankFilter.all()))
                .extracting(MentorView::trainingStatus)
                .containsOnly(TrainingStatus.NOT_TRAINED);
    }

    @Test
    void aMentorsEditFormIsPrefilledSoMarkingHerTrainedKeepsHerCompetences() throws Exception {
        String orlova = consented("Орлова");
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(
                        orlova,
                        List.of("discipline", "parents"),
                        "Победитель конкурса",
                        2,
                        List.of("групповая"),
                        "по средам",
                        null,
                        false));
        String org = world.schoolA().toString();

        mvc.perform(get("/bank/mentors").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/bank/mentors/" + orlova + "/edit")));
        mvc.perform(get("/bank/mentors/" + orlova + "/edit")
                        .param("organisation", org)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("value=\"discipline\" id=\"competences-discipline\" checked")))
                .andExpect(content().string(containsString("value=\"parents\" id=\"competences-parents\" checked")))
                .andExpect(content().string(containsString("value=\"групповая\" id=\"form-1\" checked")))
                .andExpect(content().string(containsString("Победитель конкурса")))
                .andExpect(content().string(containsString("value=\"по средам\"")))
                .andExpect(content().string(containsString("Профиль наставника: Орлова Анна Сергеевна")))
                .andExpect(content().string(not(containsString("name=\"needsNote\""))))
                .andExpect(content().string(not(containsString("value=\"fgos\" id=\"competences-fgos\" checked"))));

        mvc.perform(post("/bank/mentors/" + orlova)
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", org)
                        .param("competences", "discipline", "parents")
                        .param("capacity", "2")
                        .param("preferredForms", "групповая")
                        .param("trainingStatus", "TRAINED")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        MentorView saved = banks.currentMentor(curator, world.schoolA(), ru.nastavnik.people.PersonId.of(orlova));
        assertThat(saved.trainingStatus()).isEqualTo(TrainingStatus.TRAINED);
        assertThat(saved.competences()).containsExactly("discipline", "parents");
    }

    @Test
    void aMenteesEditFormIsPrefilledAndTheAddFormFindsStaffOnTheServer() throws Exception {
        String novikova = consented("Новикова");
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(
                        novikova, MenteeCategory.NEW_EMPLOYEE, null, List.of("fgos"), "классное руководство"));
        consented("Крылова");
        String org = world.schoolA().toString();

        mvc.perform(get("/bank/mentees/" + novikova + "/edit")
                        .param("organisation", org)
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"NEW_EMPLOYEE\" selected")))
                .andExpect(content().string(containsString("value=\"fgos\" id=\"needs-fgos\" checked")))
                .andExpect(content().string(containsString("классное руководство")));
        mvc.perform(get("/bank/mentees").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/bank/mentees/" + novikova + "/edit")))
                .andExpect(content().string(not(containsString("id=\"candidate-"))));
        mvc.perform(get("/bank/mentees").param("who", "крыл").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Крылова Анна Сергеевна")))
                .andExpect(content().string(not(containsString("id=\"candidate-" + novikova))));
    }

    private ResultActions mentors(String... people) throws Exception {
        return mvc.perform(post(base + "/mentors/batch")
                .with(user(curator))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personIds\":[\"" + String.join("\",\"", people) + "\"],\"competences\":[\"discipline\"],"
                        + "\"capacity\":1}"));
    }

    private ResultActions training(String status, String... people) throws Exception {
        return mvc.perform(post(base + "/mentors/training")
                .with(user(curator))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personIds\":[\"" + String.join("\",\"", people) + "\"],\"trainingStatus\":\"" + status
                        + "\"}"));
    }

    private int mentorCount() {
        return banks.mentors(curator, world.schoolA(), BankFilter.all()).size();
    }

    private String consented(String lastName) {
        return consented(lastName, world.schoolA(), curator);
    }

    private String consented(String lastName, OrganisationId school, NastavnikPrincipal by) {
        return fixtures.consentedTeacher(by, school, lastName);
    }
}
