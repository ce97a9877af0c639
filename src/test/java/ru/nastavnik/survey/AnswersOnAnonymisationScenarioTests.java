package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonAnonymised;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.Answering;

/**
 * The survey module as people sees it: a person anonymised in (152-ФЗ art. 21), her answer sheets no longer naming
 * her nor keeping her words, her unanswered links gone, and one audit entry out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class AnswersOnAnonymisationScenarioTests {

    private static final Map<String, List<String>> ANSWERS = Map.of(
            "q1",
            List.of("lt1"),
            "q2",
            List.of("YOUNG_SPECIALIST"),
            "q3",
            List.of("discipline"),
            "q4",
            List.of("2"),
            "q6",
            List.of("Боюсь открытых уроков"));

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    SurveySheets sheets;

    @Autowired
    Answering answering;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void herSheetKeepsItsChoicesButNeitherHerNameNorHerWordsAndHerUnansweredLinkGoes(Scenario scenario) {
        Teacher t = teacherWithOneSheetAndOneLink("Лаптева");

        scenario.publish(new PersonAnonymised(t.school(), t.person()))
                .andWaitForEventOfType(AuditEvent.class)
                .matching(e -> e.action() == AuditAction.ANONYMISE
                        && t.person().value().equals(e.subjectId()))
                .toArriveAndVerify(e -> {
                    assertThat(e.organisation()).isEqualTo(t.school());
                    assertThat(e.subjectType()).isEqualTo("Person");
                    assertThat(e.details()).isEqualTo("анкеты обезличены: ответов 1");
                    Map<String, Object> sheet = sheet(t.answered());
                    assertThat(sheet.get("person_id")).isNull();
                    assertThat((String) sheet.get("answers"))
                            .contains("discipline")
                            .contains("YOUNG_SPECIALIST")
                            .doesNotContain("Боюсь открытых уроков");
                    Map<String, Object> invitation = invitation(t.answered());
                    assertThat(invitation.get("status")).isEqualTo("SUBMITTED");
                    assertThat(invitation.get("email")).isNull();
                    assertThat(jdbc.queryForObject(
                                    "select count(*) from survey_invitation where questionnaire_id = ?",
                                    Integer.class,
                                    t.unanswered().value()))
                            .isZero();
                    assertThatThrownBy(() -> answering.sheet(t.unansweredToken()))
                            .isInstanceOf(NotFoundException.class);
                });
    }

    /** A colleague's anonymisation is not hers: her sheet still names her and keeps her words, her link still opens. */
    @Test
    void aColleaguesAnonymisationLeavesHerSheetsAndLinksAsTheyWere(Scenario scenario) {
        Teacher t = teacherWithOneSheetAndOneLink("Гусева");
        PersonId colleague = staff.create(t.curator(), t.school(), Fixtures.teacher("Зимина", "Ольга", "Петровна"))
                .id();
        PersonAnonymised anonymised = new PersonAnonymised(t.school(), colleague);

        scenario.publish(anonymised)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> anonymised.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> {
                    Map<String, Object> sheet = sheet(t.answered());
                    assertThat(sheet.get("person_id")).isEqualTo(t.person().value());
                    assertThat((String) sheet.get("answers")).contains("Боюсь открытых уроков");
                    assertThat(invitation(t.answered()).get("email")).isEqualTo("teacher@school.test");
                    assertThat(answering.sheet(t.unansweredToken())).isNotNull();
                });
    }

    private record Teacher(
            OrganisationId school,
            NastavnikPrincipal curator,
            PersonId person,
            QuestionnaireId answered,
            QuestionnaireId unanswered,
            String unansweredToken) {}

    /** A teacher with an e-mail who answered the needs questionnaire and has not opened the potential-mentor one. */
    private Teacher teacherWithOneSheetAndOneLink(String lastName) {
        OrganisationId school = fixtures.world().schoolA();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, school);
        StaffData d = Fixtures.teacher(lastName, "Анна", "Сергеевна");
        PersonId person = staff.create(
                        curator,
                        school,
                        new StaffData(
                                d.lastName(),
                                d.firstName(),
                                d.middleName(),
                                d.gender(),
                                d.birthDate(),
                                null,
                                d.positions(),
                                d.subjects(),
                                3,
                                3,
                                null,
                                null,
                                null,
                                "teacher@school.test",
                                null))
                .id();
        QuestionnaireId needs = sheets.open(curator, school, "needs");
        answering.submit(sheets.invite(curator, needs, person), ANSWERS);
        QuestionnaireId potential = sheets.open(curator, school, "potential-mentor");
        String token = sheets.invite(curator, potential, person);
        return new Teacher(school, curator, person, needs, potential, token);
    }

    private Map<String, Object> sheet(QuestionnaireId questionnaire) {
        return jdbc.queryForMap(
                "select person_id, answers from survey_response where questionnaire_id = ?", questionnaire.value());
    }

    private Map<String, Object> invitation(QuestionnaireId questionnaire) {
        return jdbc.queryForMap(
                "select status, email from survey_invitation where questionnaire_id = ?", questionnaire.value());
    }
}
