package ru.nastavnik.mentorship;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Labour Code art. 351.8: without her consent to the mentoring duties a teacher is nobody's mentor. */
@SpringBootTest
@AutoConfigureMockMvc
class DutiesConsentWithdrawalIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Staffroom staffroom;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    @Autowired
    Listeners listeners;

    @Test
    void aMentorWhoWithdrewHerDutiesConsentIsNeitherProposedNorSuggestedNorPairedAndTheBankSaysWhy() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String base = "/api/v1/organisations/" + world.schoolA();
        String mentee = person(curator, world, "Белкина");
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(mentee, MenteeCategory.YOUNG_SPECIALIST, null, List.of("inclusion"), null));
        String mentor = person(curator, world, "Полякова");
        ConsentView duties = consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        mentor,
                        ConsentPurpose.MENTORING_DUTIES,
                        SchoolToday.date().minusDays(1),
                        null,
                        null));
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(mentor, List.of("inclusion"), null, 2, List.of(), null, null, false));
        listeners.awaitCompletion();
        mvc.perform(get(base + "/waiting-mentees").with(user(curator)))
                .andExpect(jsonPath("$.content[0].notices.length()").value(1));

        mvc.perform(post(base + "/consents/" + duties.id() + "/withdrawal")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"withdrawnOn\":\"" + SchoolToday.date() + "\"}"))
                .andExpect(status().isOk());

        mvc.perform(post(base + "/matching-runs").with(user(curator)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals.length()").value(0));
        mvc.perform(get(base + "/mentees/" + mentee + "/suggestions").with(user(curator)))
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(base + "/waiting-mentees").with(user(curator)))
                .andExpect(jsonPath("$.content[0].notices.length()").value(0));
        mvc.perform(get("/mentorship/waiting").with(user(curator)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Полякова"))));
        mvc.perform(post(base + "/mentorships")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mentorIds\":[\"" + mentor + "\"],\"menteeIds\":[\"" + mentee
                                + "\"],\"form\":\"традиционная\","
                                + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\"}"))
                .andExpect(status().isUnprocessableContent())
                // named as the body names it (the page form's «mentors» before session 19)
                .andExpect(jsonPath("$.errors[0].field").value("mentorIds"));
        mvc.perform(post(base + "/mentors")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + mentor + "\",\"competences\":[\"inclusion\"],\"capacity\":1}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("351.8")));
        mvc.perform(get(base + "/mentors").param("includeLeft", "true").with(user(curator)))
                .andExpect(jsonPath("$.content[0].leftReason").value(containsString("обязанностей наставника")));
        mvc.perform(get("/bank/mentors").with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Выбыли из банка")))
                .andExpect(content().string(containsString("отзыв согласия на выполнение обязанностей наставника")));
    }

    @Test
    void aMentorWhoseDutiesConsentIsRequestedAgainMayReturnToTheBank() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String mentor = person(curator, world, "Орлова");
        ConsentView duties = consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        mentor,
                        ConsentPurpose.MENTORING_DUTIES,
                        SchoolToday.date().minusDays(1),
                        null,
                        null));
        consents.withdraw(curator, world.schoolA(), duties.id(), SchoolToday.date(), null);
        consents.request(
                curator,
                world.schoolA(),
                List.of(ru.nastavnik.people.PersonId.of(mentor)),
                ConsentPurpose.MENTORING_DUTIES);
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(mentor, List.of("inclusion"), null, 1, List.of(), null, null, false));
    }

    private String person(NastavnikPrincipal curator, Fixtures.World world, String lastName) {
        return staffroom
                .teacher(curator, world.schoolA(), lastName, "Инна", "Олеговна")
                .toString();
    }
}
