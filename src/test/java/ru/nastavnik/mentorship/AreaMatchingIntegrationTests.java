package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Gender;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A municipality's run across its schools: a school without a suitable mentor gets one from another school through
 * the shared bank; the methodologist never sees mentees by name; the mentee's school approves and orders the pair,
 * the mentor's school makes the supplementary agreement.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AreaMatchingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    ConsentReads consentReads;

    @Autowired
    BankManagement banks;

    Fixtures.World world;
    NastavnikPrincipal curatorA;
    NastavnikPrincipal curatorB;
    NastavnikPrincipal methodologist;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curatorA = fixtures.user(Role.CURATOR, world.schoolA());
        curatorB = fixtures.user(Role.CURATOR, world.schoolB());
        methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
    }

    @Test
    void aSchoolWithoutASuitableMentorGetsOneFromTheSharedBankOfItsMunicipality() throws Exception {
        String mentee = mentee(curatorA, world.schoolA(), "Новикова", "inclusion");
        String shared = mentor(curatorB, world.schoolB(), "Кузнецова", true);
        String ownOnly = mentor(curatorB, world.schoolB(), "Смирнов", false);
        String menteeB = mentee(curatorB, world.schoolB(), "Егоров", "inclusion");

        String areaApi = "/api/v1/organisations/" + world.municipality();
        mvc.perform(post(areaApi + "/area-matching-runs").with(user(curatorA))).andExpect(status().isNotFound());
        mvc.perform(post(areaApi + "/area-matching-runs")
                        .with(user(methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"needs\":500}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("needs"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("0 до 100")));
        NastavnikPrincipal stranger =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, fixtures.world().municipality());
        mvc.perform(post(areaApi + "/area-matching-runs").with(user(stranger))).andExpect(status().isNotFound());
        String run = mvc.perform(post(areaApi + "/area-matching-runs").with(user(methodologist)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.run.certificateValid").value(true))
                .andExpect(jsonPath("$.proposals.length()").value(2))
                .andExpect(content().string(not(containsString("Новикова"))))
                .andExpect(content().string(not(containsString("Егоров"))))
                .andExpect(content().string(not(containsString("Смирнов"))))
                .andExpect(content().string(not(containsString(mentee))))
                .andExpect(content().string(not(containsString(ownOnly))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat((List<String>) JsonPath.read(run, "$.proposals[?(@.menteeSchool =~ /Школа А.*/)].mentorName"))
                .containsExactly("Кузнецова Анна Сергеевна");
        assertThat((List<Boolean>) JsonPath.read(run, "$.proposals[?(@.menteeSchool =~ /Школа А.*/)].crossesSchools"))
                .containsExactly(true);
        assertThat((List<Object>) JsonPath.read(run, "$.proposals[?(@.menteeSchool =~ /Школа Б.*/)].mentorName"))
                .containsExactly((Object) null);
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region());
        mvc.perform(get(areaApi + "/area-matching-runs/latest").with(user(regional)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schools.length()").value(2));
        mvc.perform(get("/matching/area")
                        .param("organisation", world.municipality().toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Кузнецова Анна Сергеевна")))
                .andExpect(content().string(containsString("badge text-bg-warning untrained")))
                .andExpect(content().string(not(containsString("Новикова"))));

        String schoolA = "/api/v1/organisations/" + world.schoolA();
        String offers = mvc.perform(get(schoolA + "/area-proposals").with(user(curatorA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].proposal.menteeName").value("Новикова Анна Сергеевна"))
                .andExpect(jsonPath("$[0].proposal.mentorName").value("Кузнецова Анна Сергеевна"))
                .andExpect(jsonPath("$[0].mentorSchool").value(containsString("Школа Б")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get("/matching/runs")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curatorA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("area-offers")));
        mvc.perform(get("/api/v1/organisations/" + world.schoolB() + "/area-proposals")
                        .with(user(curatorA)))
                .andExpect(status().isNotFound());

        String pairs = mvc.perform(post(schoolA + "/proposals/approve")
                        .with(user(curatorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"proposalIds\":[\"" + JsonPath.read(offers, "$[0].proposal.id")
                                + "\"],\"form\":\"виртуальная\","
                                + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-05-31\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].status").value("PLANNED"))
                .andExpect(jsonPath("$[0].members[?(@.role == 'MENTOR')].organisationId")
                        .value(org.hamcrest.Matchers.contains(world.schoolB().toString())))
                .andExpect(jsonPath("$[0].members[?(@.role == 'MENTOR')].fullName")
                        .value(org.hamcrest.Matchers.contains("Кузнецова Анна Сергеевна")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String pair = JsonPath.read(pairs, "$[0].id");

        mvc.perform(get(schoolA + "/mentorships/" + pair + "/agreement")
                        .param("mentor", shared)
                        .with(user(curatorA)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("в которой работает наставник")));
        String schoolB = "/api/v1/organisations/" + world.schoolB();
        mvc.perform(get(schoolB + "/mentorships/elsewhere").with(user(curatorB)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(pair));
        mvc.perform(get(schoolB + "/mentorships/elsewhere").with(user(curatorA)))
                .andExpect(status().isNotFound());
        String agreement = docx(mvc.perform(get(schoolB + "/mentorships/" + pair + "/agreement")
                        .param("mentor", shared)
                        .with(user(curatorB)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray());
        assertThat(agreement)
                .contains("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ")
                .contains("Школа Б")
                .contains("Новиковой Анны Сергеевны");
        mvc.perform(get("/mentorship/pairs")
                        .param("organisation", world.schoolB().toString())
                        .with(user(curatorB)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("served-elsewhere")));

        String order = JsonPath.read(
                mvc.perform(post(schoolA + "/orders")
                                .with(user(curatorA))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"mentorshipIds\":[\"" + pair + "\"]}"))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        assertThat(docx(mvc.perform(
                                get(schoolA + "/orders/" + order + "/document").with(user(curatorA)))
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray()))
                .contains("Кузнецова Анна Сергеевна")
                .contains("Новикова Анна Сергеевна");
        mvc.perform(multipart(schoolA + "/orders/" + order + "/register")
                        .file(new MockMultipartFile(
                                "scan", "order.pdf", "application/pdf", MatchingToOrderIntegrationTests.PDF))
                        .param("number", "12-о")
                        .param("orderDate", "2026-11-25")
                        .with(user(curatorA)))
                .andExpect(status().isOk());
        mvc.perform(get(schoolA + "/mentorships/" + pair).with(user(curatorA)))
                .andExpect(jsonPath("$.status").value("ACTIVE"));

        // without the shared bank consent the mentor serves no other school: the pair ends the same day
        String consent =
                consentReads.ofPerson(curatorB, world.schoolB(), ru.nastavnik.people.PersonId.of(shared)).stream()
                        .filter(c -> c.purpose() == ConsentPurpose.SHARED_BANK
                                && c.status() == ru.nastavnik.consent.ConsentStatus.GIVEN)
                        .findFirst()
                        .orElseThrow()
                        .id()
                        .toString();
        consents.withdraw(
                curatorB, world.schoolB(), ru.nastavnik.consent.ConsentId.of(consent), SchoolToday.date(), "отказ");
        mvc.perform(get(schoolA + "/mentorships/" + pair).with(user(curatorA)))
                .andExpect(jsonPath("$.status").value("TERMINATED"))
                .andExpect(jsonPath("$.endInitiator").value("MENTOR"));
    }

    @Test
    void theSchoolsExclusionsHoldInTheAreaRun() throws Exception {
        String mentee = mentee(curatorA, world.schoolA(), "Белова", "inclusion");
        String shared = mentor(curatorB, world.schoolB(), "Крылова", true);
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/matching-decisions")
                        .with(user(curatorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":\"" + mentee + "\",\"mentorId\":\"" + shared + "\",\"pin\":true}"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/matching-decisions")
                        .with(user(curatorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"menteeId\":\"" + mentee + "\",\"mentorId\":\"" + shared + "\",\"pin\":false}"))
                .andExpect(status().isNoContent());
        mvc.perform(post("/api/v1/organisations/" + world.municipality() + "/area-matching-runs")
                        .with(user(methodologist)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposals.length()").value(0))
                .andExpect(jsonPath("$.schools[0].unmatched").value(1));
    }

    @Test
    void byHandAMentorOfAnotherSchoolIsTakenOnlyFromTheSharedBankOfTheSameRegion() throws Exception {
        String mentee = mentee(curatorA, world.schoolA(), "Орлова", "parents");
        String ownOnly = mentor(curatorB, world.schoolB(), "Лебедев", false);
        OrganisationId farRegion =
                fixtures.org("Дальний регион", OrganisationKind.REGION, null).id();
        OrganisationId farSchool = fixtures.org("Дальняя школа", OrganisationKind.ORGANISATION, farRegion)
                .id();
        String far = mentor(fixtures.user(Role.CURATOR, farSchool), farSchool, "Титова", true);
        String shared = mentor(curatorB, world.schoolB(), "Зуева", true);
        String schoolA = "/api/v1/organisations/" + world.schoolA();
        for (String refused : List.of(ownOnly, far)) {
            mvc.perform(post(schoolA + "/mentorships")
                            .with(user(curatorA))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(pair(refused, mentee)))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("mentorIds")); // the body's name
        }
        mvc.perform(post(schoolA + "/mentorships")
                        .with(user(curatorA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(pair(shared, mentee)))
                .andExpect(status().isCreated());
        mvc.perform(get("/mentorship/pairs")
                        .param("organisation", world.schoolA().toString())
                        .with(user(curatorA))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Зуева Анна Сергеевна")));
    }

    private static String pair(String mentor, String mentee) {
        return "{\"mentorIds\":[\"" + mentor + "\"],\"menteeIds\":[\"" + mentee + "\"],\"form\":\"виртуальная\","
                + "\"startsOn\":\"2026-12-01\",\"endsOn\":\"2027-06-30\"}";
    }

    private String mentor(NastavnikPrincipal curator, OrganisationId school, String lastName, boolean sharedBank) {
        String person = person(curator, school, lastName);
        consent(curator, school, person, ConsentPurpose.MENTORING_DUTIES);
        if (sharedBank) {
            consent(curator, school, person, ConsentPurpose.SHARED_BANK);
        }
        banks.saveMentor(
                curator,
                school,
                new MentorRequest(
                        person,
                        List.of("inclusion", "parents"),
                        null,
                        1,
                        List.of("виртуальная"),
                        null,
                        null,
                        sharedBank));
        return person;
    }

    private String mentee(NastavnikPrincipal curator, OrganisationId school, String lastName, String need) {
        String person = person(curator, school, lastName);
        banks.saveMentee(
                curator, school, new MenteeRequest(person, MenteeCategory.YOUNG_SPECIALIST, null, List.of(need), null));
        return person;
    }

    private String person(NastavnikPrincipal curator, OrganisationId school, String lastName) {
        StaffData t = Fixtures.teacher(lastName, "Анна", "Сергеевна");
        Gender gender = lastName.endsWith("а") ? Gender.FEMALE : Gender.MALE;
        String person = staff.create(
                        curator,
                        school,
                        new StaffData(
                                t.lastName(),
                                t.firstName(),
                                t.middleName(),
                                gender,
                                t.birthDate(),
                                null,
                                List.of("учитель"),
                                t.subjects(),
                                12,
                                10,
                                t.qualificationCategory(),
                                null,
                                null,
                                null,
                                null))
                .id()
                .toString();
        consent(curator, school, person, ConsentPurpose.PERSONAL_DATA);
        return person;
    }

    private void consent(NastavnikPrincipal curator, OrganisationId school, String person, ConsentPurpose purpose) {
        consents.recordGiven(
                curator,
                school,
                new GiveConsent(person, purpose, SchoolToday.date().minusDays(1), null, null));
    }

    private static String docx(byte[] bytes) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
