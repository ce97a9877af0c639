package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.MentorCourseCompleted;
import ru.nastavnik.training.MentorCourseId;

/** The bank module as training sees it: a mentor course completed in, the mentor's entry trained and an audit entry out. */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class CourseCompletionsScenarioTests {

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
    EventPublicationRegistry registry;

    @Test
    void aCompletedCourseTrainsTheMentorsEntryOfThatSchool(Scenario scenario) {
        OrganisationId school = fixtures.world().schoolA();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, school);
        PersonId mentor = bankFixtures
                .aMentor(curator, school, "Гусева")
                .competences("exams")
                .enter();
        LocalDate completedOn = LocalDate.of(2026, 11, 20);

        scenario.publish(new MentorCourseCompleted(school, mentor, new MentorCourseId(UUID.randomUUID()), completedOn))
                .andWaitForStateChange(() -> banks.currentMentor(curator, school, mentor), m -> m.trainedOn() != null)
                .andExpect(AuditEvent.class)
                .matching(e -> mentor.value().equals(e.subjectId())
                        && String.valueOf(e.details()).startsWith("обучение наставника"))
                .toArriveAndVerify(e ->
                        assertThat(e.details()).contains("«Школа наставника»").contains("20.11.2026"));
        assertThat(banks.currentMentor(curator, school, mentor).trainingStatus())
                .isEqualTo(TrainingStatus.TRAINED);
    }

    /**
     * The curator marks on the profile's form a mentor trained elsewhere: the mark is dated today and published, so that
     * the roadmap and the reports count her as they count the course's graduates; a second save publishes nothing.
     */
    @Test
    void aMentorMarkedTrainedOnHerProfileIsDatedTodayAndReportedOnce(Scenario scenario) {
        OrganisationId school = fixtures.world().schoolA();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, school);
        PersonId mentor = bankFixtures
                .aMentor(curator, school, "Дроздова")
                .competences("exams")
                .enter();
        MentorView before = banks.currentMentor(curator, school, mentor);
        MentorRequest trained = new MentorRequest(
                mentor.toString(), List.of("exams"), null, 1, List.of(), null, TrainingStatus.TRAINED, false);

        scenario.stimulate(() -> banks.saveMentor(curator, school, trained, before.version()))
                .andWaitForEventOfType(MentorTrained.class)
                .matching(e -> e.person().equals(mentor))
                .toArriveAndVerify(e -> assertThat(e.trainedOn()).isEqualTo(SchoolToday.date()));
        assertThat(banks.currentMentor(curator, school, mentor).trainedOn()).isEqualTo(SchoolToday.date());
    }

    /** The course of another organisation's staff does not train her entry in this school's bank. */
    @Test
    void anotherOrganisationsCompletionLeavesTheEntryAsItIs(Scenario scenario) {
        Fixtures.World world = fixtures.world();
        OrganisationId school = world.schoolA();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, school);
        PersonId mentor = bankFixtures
                .aMentor(curator, school, "Белова")
                .competences("exams")
                .enter();
        MentorCourseCompleted elsewhere = new MentorCourseCompleted(
                world.schoolB(), mentor, new MentorCourseId(UUID.randomUUID()), LocalDate.of(2026, 11, 20));

        scenario.publish(elsewhere)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> elsewhere.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> assertThat(
                                banks.currentMentor(curator, school, mentor).trainedOn())
                        .isNull());
    }
}
