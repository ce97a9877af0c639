package ru.nastavnik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** What each role may do with a school's registry, its users and the organisation tree. */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorisationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    Fixtures.World world;
    Map<Role, NastavnikPrincipal> users = new EnumMap<>(Role.class);

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        users.put(Role.SYSTEM_ADMIN, fixtures.user(Role.SYSTEM_ADMIN, null));
        users.put(Role.REGIONAL_METHODOLOGIST, fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region()));
        users.put(Role.MUNICIPAL_METHODOLOGIST, fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality()));
        for (Role role : new Role[] {Role.DIRECTOR, Role.CURATOR, Role.MENTOR, Role.MENTEE}) {
            users.put(role, fixtures.user(role, world.schoolA()));
        }
    }

    @Test
    void onlyTheSchoolsDirectorCuratorAndTheAdministratorKeepItsRegistry() throws Exception {
        expect(
                get("/api/v1/organisations/" + world.schoolA() + "/staff"),
                Map.of(
                        Role.SYSTEM_ADMIN,
                        200,
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404));
        expect(get("/people/staff"), Map.of(Role.DIRECTOR, 200, Role.CURATOR, 200, Role.MENTOR, 404, Role.MENTEE, 404));
    }

    @Test
    void onlyTheAdministratorCreatesOrganisations() throws Exception {
        for (Role role : Role.values()) {
            String body = "{\"name\":\"Регион " + UUID.randomUUID() + "\",\"kind\":\"REGION\"}";
            int status = mvc.perform(post("/api/v1/organisations")
                            .with(user(users.get(role)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(role.name()).isEqualTo(role == Role.SYSTEM_ADMIN ? 201 : 403);
        }
    }

    @Test
    void directorsAndCuratorsAddMentorsToTheirSchoolOthersMayNot() throws Exception {
        Map<Role, Integer> expected = Map.of(
                Role.SYSTEM_ADMIN,
                201,
                Role.DIRECTOR,
                201,
                Role.CURATOR,
                201,
                Role.REGIONAL_METHODOLOGIST,
                403,
                Role.MUNICIPAL_METHODOLOGIST,
                403,
                Role.MENTOR,
                403,
                Role.MENTEE,
                403);
        for (Role role : Role.values()) {
            int status = mvc.perform(post("/api/v1/users")
                            .with(user(users.get(role)))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(newMentor(world.schoolA())))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(role.name()).isEqualTo(expected.get(role));
        }
    }

    @Test
    void aCuratorMayNotAppointADirector() throws Exception {
        String body = newMentor(world.schoolA()).replace("\"MENTOR\"", "\"DIRECTOR\"");
        int status = mvc.perform(post("/api/v1/users")
                        .with(user(users.get(Role.CURATOR)))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void methodologistsSeeTheSchoolsOfTheirAreaInTheTree() throws Exception {
        expect(
                get("/api/v1/organisations/" + world.schoolB()),
                Map.of(Role.REGIONAL_METHODOLOGIST, 200, Role.MUNICIPAL_METHODOLOGIST, 200, Role.CURATOR, 404));
    }

    @Autowired
    ru.nastavnik.people.StaffManagement staff;

    @Autowired
    ru.nastavnik.consent.ConsentManagement consents;

    @Autowired
    ru.nastavnik.bank.BankManagement banks;

    @Test
    void onlyTheSchoolsDirectorAndCuratorReadItsRoadmap() throws Exception {
        expect(
                get("/api/v1/organisations/" + world.schoolA() + "/roadmap"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.SYSTEM_ADMIN,
                        404,
                        Role.REGIONAL_METHODOLOGIST,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404));
        expect(
                get("/roadmap").param("organisation", world.schoolA().toString()),
                Map.of(Role.DIRECTOR, 200, Role.CURATOR, 200, Role.MENTOR, 404, Role.MENTEE, 404));
    }

    /** The school's plan is kept by its director and curator; the methodologists above it read it and change nothing. */
    @Test
    void theMethodologistsAboveASchoolReadItsRoadmapPlanAndOnlyItsDirectorAndCuratorChangeIt() throws Exception {
        String api = "/api/v1/organisations/" + world.schoolA() + "/roadmap";
        // the curator's first view starts the plan; before that a methodologist finds none (404)
        String activity = plans.plan(users.get(Role.CURATOR), world.schoolA(), null)
                .orElseThrow()
                .stages()
                .get(6)
                .activities()
                .get(0)
                .id()
                .toString();
        expect(
                get(api + "/plan"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        200,
                        Role.MUNICIPAL_METHODOLOGIST,
                        200,
                        Role.SYSTEM_ADMIN,
                        404,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404));
        expect(
                get("/roadmap").param("organisation", world.schoolA().toString()),
                Map.of(Role.REGIONAL_METHODOLOGIST, 200, Role.MUNICIPAL_METHODOLOGIST, 200));
        expect(
                post(api + "/activities")
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"stage\":7,\"content\":\"Публикация в госпаблике\"}"),
                Map.of(
                        Role.DIRECTOR,
                        201,
                        Role.CURATOR,
                        201,
                        Role.REGIONAL_METHODOLOGIST,
                        403,
                        Role.MUNICIPAL_METHODOLOGIST,
                        403,
                        Role.SYSTEM_ADMIN,
                        404,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404));
        expect(
                get("/roadmap/activities/" + activity),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        403,
                        Role.MUNICIPAL_METHODOLOGIST,
                        403,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404));
        expect(
                get("/roadmap/schools"),
                Map.of(
                        Role.REGIONAL_METHODOLOGIST,
                        200,
                        Role.MUNICIPAL_METHODOLOGIST,
                        200,
                        Role.CURATOR,
                        404,
                        Role.MENTOR,
                        404));
    }

    @Autowired
    ru.nastavnik.roadmap.internal.RoadmapPlans plans;

    @Test
    void onlyTheSchoolsDirectorAndCuratorDownloadItsRegulationAndRoadmapDocuments() throws Exception {
        expect(
                get("/roadmap/documents/roadmap.docx")
                        .param("organisation", world.schoolA().toString()),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        404,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404));
        expect(
                get("/api/v1/organisations/" + world.schoolA() + "/regulation/versions"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.SYSTEM_ADMIN,
                        404,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404));
    }

    /** The bulk changes of the banks and an entry's edit page are the school's director's and curator's alone. */
    @Test
    void onlyTheSchoolsDirectorAndCuratorChangeItsBanksInBulk() throws Exception {
        NastavnikPrincipal curator = users.get(Role.CURATOR);
        String mentor = staff.create(curator, world.schoolA(), Fixtures.teacher("Обучаемая", "Анна", "Сергеевна"))
                .id()
                .toString();
        for (var purpose : java.util.List.of(
                ru.nastavnik.consent.ConsentPurpose.PERSONAL_DATA,
                ru.nastavnik.consent.ConsentPurpose.MENTORING_DUTIES)) {
            consents.recordGiven(
                    curator,
                    world.schoolA(),
                    new ru.nastavnik.consent.GiveConsent(
                            mentor, purpose, SchoolToday.date().minusDays(1), null, null));
        }
        banks.saveMentor(
                curator,
                world.schoolA(),
                new ru.nastavnik.bank.MentorRequest(
                        mentor, java.util.List.of("parents"), null, 1, java.util.List.of(), null, null, false));
        String school = world.schoolA().toString();
        Map<Role, Integer> outsiders = Map.of(
                Role.SYSTEM_ADMIN,
                404,
                Role.REGIONAL_METHODOLOGIST,
                404,
                Role.MUNICIPAL_METHODOLOGIST,
                404,
                Role.MENTOR,
                404,
                Role.MENTEE,
                404);
        expect(
                post("/bank/mentors/training")
                        .param("organisation", school)
                        .param("personId", mentor)
                        .param("trainingStatus", "TRAINED")
                        .with(csrf()),
                outsiders);
        expect(
                post("/api/v1/organisations/" + school + "/mentors/training")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + mentor + "\"],\"trainingStatus\":\"TRAINED\"}"),
                outsiders);
        expect(
                post("/bank/mentees/batch")
                        .param("organisation", school)
                        .param("personId", mentor)
                        .param("category", "ON_REQUEST")
                        .param("needs", "fgos")
                        .with(csrf()),
                outsiders);
        expect(
                post("/api/v1/organisations/" + school + "/mentees/batch")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + mentor
                                + "\"],\"category\":\"ON_REQUEST\",\"needs\":[\"fgos\"]}"),
                outsiders);
        expect(get("/bank/mentors/" + mentor + "/edit").param("organisation", school), outsiders);
        assertThat(banks.currentMentor(curator, world.schoolA(), ru.nastavnik.people.PersonId.of(mentor))
                        .trainingStatus())
                .as("nobody but the director and the curator changed it")
                .isNotEqualTo(ru.nastavnik.bank.TrainingStatus.TRAINED);

        expect(
                get("/bank/mentors/" + mentor + "/edit").param("organisation", school),
                Map.of(Role.DIRECTOR, 200, Role.CURATOR, 200));
        expect(
                post("/api/v1/organisations/" + school + "/mentors/training")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personIds\":[\"" + mentor + "\"],\"trainingStatus\":\"TRAINED\"}"),
                Map.of(Role.DIRECTOR, 200));
        expect(
                post("/bank/mentors/training")
                        .param("organisation", school)
                        .param("personId", mentor)
                        .param("trainingStatus", "NOT_TRAINED")
                        .with(csrf()),
                Map.of(Role.CURATOR, 302));
    }

    /** The cabinet is every signed-in teacher's own page; without a staff record it is empty, not refused. */
    @Test
    void everySchoolRoleOpensItsOwnCabinet() throws Exception {
        expect(
                get("/mentorship/my"),
                Map.of(Role.DIRECTOR, 200, Role.CURATOR, 200, Role.MENTOR, 200, Role.MENTEE, 200));
        expect(
                get("/api/v1/me/programmes"),
                Map.of(Role.DIRECTOR, 200, Role.CURATOR, 200, Role.MENTOR, 200, Role.MENTEE, 200));
    }

    @Test
    void everyoneOfTheSchoolReadsItsMaterialsOnlyItsDirectorAndCuratorPublishThemAndMethodologistsTheirAreas()
            throws Exception {
        expect(
                get("/api/v1/organisations/" + world.schoolA() + "/materials"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        200,
                        Role.MENTEE,
                        200,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/training/materials"),
                Map.of(
                        Role.MENTEE,
                        200,
                        Role.MUNICIPAL_METHODOLOGIST,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        200,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/training/materials/new"),
                Map.of(Role.CURATOR, 200, Role.MUNICIPAL_METHODOLOGIST, 200, Role.MENTOR, 404, Role.MENTEE, 404));
        Map<Role, Integer> publishers = Map.of(
                Role.SYSTEM_ADMIN,
                404,
                Role.REGIONAL_METHODOLOGIST,
                404,
                Role.MUNICIPAL_METHODOLOGIST,
                201,
                Role.DIRECTOR,
                404,
                Role.CURATOR,
                404,
                Role.MENTOR,
                404,
                Role.MENTEE,
                404);
        for (OrganisationId owner : new OrganisationId[] {world.schoolA(), world.municipality()}) {
            for (Role role : Role.values()) {
                int status = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart(
                                        "/api/v1/organisations/" + owner + "/materials")
                                .param("kind", "LINK")
                                .param("title", "Ссылка")
                                .param("url", "https://edu.example.ru")
                                .param("audiences", "MENTORS")
                                .with(user(users.get(role))))
                        .andReturn()
                        .getResponse()
                        .getStatus();
                int expected = owner.equals(world.schoolA())
                        ? (role == Role.DIRECTOR || role == Role.CURATOR ? 201 : 404)
                        : publishers.get(role);
                assertThat(status).as(role + " in " + owner).isEqualTo(expected);
            }
        }
    }

    @Test
    void onlyTheSchoolsDirectorAndCuratorDecideOnExternalCourses() throws Exception {
        expect(
                get("/api/v1/organisations/" + world.schoolA() + "/courses"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/training/courses"),
                Map.of(Role.DIRECTOR, 200, Role.CURATOR, 200, Role.MENTOR, 404, Role.MENTEE, 404));
    }

    @Test
    void onlyPublishersWriteMasteryChecksAndOnlyTheSchoolsDirectorAndCuratorReviewAttempts() throws Exception {
        String school = world.schoolA().toString();
        expect(
                get("/api/v1/organisations/" + school + "/mastery-checks"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/training/mastery-checks")
                        .param("organisation", world.municipality().toString()),
                Map.of(Role.MUNICIPAL_METHODOLOGIST, 200, Role.CURATOR, 404, Role.MENTOR, 404));
        expect(
                get("/api/v1/organisations/" + school + "/check-attempts"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/training/check-attempts").param("organisation", school),
                Map.of(Role.CURATOR, 200, Role.MENTOR, 404));
    }

    @Test
    void aSchoolsDirectorAndCuratorOrganiseItsEventsAMethodologistHerAreasAndEveryoneOfTheSchoolSeesThem()
            throws Exception {
        String school = world.schoolA().toString();
        String municipality = world.municipality().toString();
        expect(
                get("/events/new").param("organisation", school),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.REGIONAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/events/new").param("organisation", municipality),
                Map.of(
                        Role.MUNICIPAL_METHODOLOGIST,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        404,
                        Role.DIRECTOR,
                        404,
                        Role.CURATOR,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/api/v1/organisations/" + school + "/events"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        200,
                        Role.MENTEE,
                        200,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/api/v1/organisations/" + school + "/event-participation"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                post("/api/v1/organisations/" + school + "/event-kinds")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Педагогическая мастерская " + UUID.randomUUID() + "\"}"),
                Map.of(Role.MENTOR, 404, Role.MENTEE, 404, Role.MUNICIPAL_METHODOLOGIST, 404));
    }

    @Test
    void onlyTheMethodologistOfTheAreaKeepsItsPracticeLibraryAndOnlyTheSchoolsManagersItsOwn() throws Exception {
        expect(
                get("/api/v1/organisations/" + world.municipality() + "/practice-library"),
                Map.of(
                        Role.MUNICIPAL_METHODOLOGIST,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        404,
                        Role.DIRECTOR,
                        404,
                        Role.CURATOR,
                        404,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/api/v1/organisations/" + world.region() + "/practice-proposals"),
                Map.of(
                        Role.REGIONAL_METHODOLOGIST,
                        200,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.DIRECTOR,
                        404,
                        Role.CURATOR,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
        expect(
                get("/practices/library"),
                Map.of(
                        Role.MUNICIPAL_METHODOLOGIST,
                        200,
                        Role.REGIONAL_METHODOLOGIST,
                        200,
                        Role.DIRECTOR,
                        404,
                        Role.CURATOR,
                        404,
                        Role.MENTOR,
                        404));
        expect(
                get("/api/v1/organisations/" + world.schoolA() + "/practices"),
                Map.of(
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        404,
                        Role.MENTEE,
                        404,
                        Role.MUNICIPAL_METHODOLOGIST,
                        404,
                        Role.REGIONAL_METHODOLOGIST,
                        404,
                        Role.SYSTEM_ADMIN,
                        404));
    }

    @Test
    void aSchoolsIndicatorsAreItsDirectorsCuratorsAndItsMethodologistsAnAreasOnlyItsMethodologists() throws Exception {
        String school = "/api/v1/organisations/" + world.schoolA() + "/indicators";
        String area = "/api/v1/organisations/" + world.municipality() + "/indicators";
        Map<Role, Integer> schoolReaders = Map.of(
                Role.SYSTEM_ADMIN,
                404,
                Role.REGIONAL_METHODOLOGIST,
                200,
                Role.MUNICIPAL_METHODOLOGIST,
                200,
                Role.DIRECTOR,
                200,
                Role.CURATOR,
                200,
                Role.MENTOR,
                404,
                Role.MENTEE,
                404);
        Map<Role, Integer> areaReaders = Map.of(
                Role.SYSTEM_ADMIN,
                404,
                Role.REGIONAL_METHODOLOGIST,
                200,
                Role.MUNICIPAL_METHODOLOGIST,
                200,
                Role.DIRECTOR,
                404,
                Role.CURATOR,
                404,
                Role.MENTOR,
                404,
                Role.MENTEE,
                404);
        expect(get(school), schoolReaders);
        expect(
                get("/monitoring/indicators")
                        .param("organisation", world.schoolA().toString()),
                schoolReaders);
        expect(get(area), areaReaders);
        expect(
                get("/monitoring/indicators")
                        .param("organisation", world.municipality().toString()),
                areaReaders);
        expect(
                get("/monitoring/indicators.xlsx")
                        .param("organisation", world.municipality().toString()),
                areaReaders);
        expect(
                get("/monitoring/indicators"),
                Map.of(
                        Role.SYSTEM_ADMIN,
                        404,
                        Role.REGIONAL_METHODOLOGIST,
                        200,
                        Role.MUNICIPAL_METHODOLOGIST,
                        200,
                        Role.DIRECTOR,
                        200,
                        Role.CURATOR,
                        200,
                        Role.MENTOR,
                        404));
    }

    private void expect(MockHttpServletRequestBuilder request, Map<Role, Integer> statuses) throws Exception {
        for (Map.Entry<Role, Integer> entry : statuses.entrySet()) {
            int status = mvc.perform(request.with(user(users.get(entry.getKey()))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).as(entry.getKey().name()).isEqualTo(entry.getValue());
        }
    }

    private static String newMentor(OrganisationId school) {
        return "{\"username\":\"m" + UUID.randomUUID().toString().substring(0, 8)
                + "\",\"password\":\"long-enough-password\","
                + "\"fullName\":\"Наставник Тест\",\"roles\":[{\"role\":\"MENTOR\",\"organisationId\":\"" + school
                + "\"}]}";
    }
}
