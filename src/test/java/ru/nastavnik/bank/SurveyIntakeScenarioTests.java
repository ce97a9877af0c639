package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
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
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.internal.BankKind;
import ru.nastavnik.bank.internal.BankRegistry;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.SurveySheets;
import ru.nastavnik.survey.internal.Answering;

/**
 * The bank module as survey and consent reach it: a submitted answer sheet ({@code ResponseSubmitted}, published by
 * the submission the scenario stimulates) puts the teacher in the bank or updates her entry, with
 * {@link MenteeEntered}/{@link MentorEntered} out; answers kept back for want of a consent come in with it
 * ({@link ConsentGiven}); a renewed consent does not bring back someone the curator took out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class SurveyIntakeScenarioTests {

    private static final Map<String, List<String>> NEEDS = Map.of(
            "q1",
            List.of("lt1"),
            "q2",
            List.of("YOUNG_SPECIALIST"),
            "q3",
            List.of("discipline", "parents"),
            "q4",
            List.of("2"),
            "q6",
            List.of("Не умею держать дисциплину"));

    @Autowired
    Fixtures fixtures;

    @Autowired
    Staffroom staffroom;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    SurveySheets sheets;

    @Autowired
    Answering answering;

    @Autowired
    BankRegistry banks;

    @Autowired
    EventPublicationRegistry registry;

    @Test
    void aNeedsSheetPutsTheTeacherInTheMenteeBankWithTheNeedsSheNamed(Scenario scenario) {
        School s = school();
        PersonId teacher = staffroom.teacher(s.curator(), s.id(), "Соколова");
        String token = sheets.invite(s.curator(), sheets.open(s.curator(), s.id(), "needs"), teacher);

        scenario.stimulate(() -> answering.submit(token, NEEDS))
                .andWaitForEventOfType(MenteeEntered.class)
                .matching(e -> e.person().equals(teacher))
                .toArriveAndVerify(e -> {
                    assertThat(e.organisation()).isEqualTo(s.id());
                    MenteeView entry = banks.currentMentee(s.curator(), s.id(), teacher);
                    assertThat(entry.category()).isEqualTo(MenteeCategory.YOUNG_SPECIALIST);
                    assertThat(entry.needs()).containsExactlyInAnyOrder("discipline", "parents");
                    assertThat(entry.needsNote()).isEqualTo("Не умею держать дисциплину");
                    assertThat(entry.enteredOn()).isEqualTo(SchoolToday.date());
                });
    }

    @Test
    void aSecondNeedsSheetUpdatesHerEntryInPlace(Scenario scenario) {
        School s = school();
        PersonId teacher = staffroom.teacher(s.curator(), s.id(), "Дмитриева");
        answering.submit(sheets.invite(s.curator(), sheets.open(s.curator(), s.id(), "needs"), teacher), NEEDS);
        UUID entry = banks.currentMentee(s.curator(), s.id(), teacher).id();
        String second = sheets.invite(s.curator(), sheets.open(s.curator(), s.id(), "needs"), teacher);

        scenario.stimulate(() -> answering.submit(
                        second,
                        Map.of(
                                "q1",
                                List.of("lt1"),
                                "q2",
                                List.of("NEW_EMPLOYEE"),
                                "q3",
                                List.of("exams"),
                                "q4",
                                List.of("3"))))
                .andWaitForEventOfType(AuditEvent.class)
                .matching(e -> teacher.value().equals(e.subjectId())
                        && "запросы в банке наставляемых обновлены по ответам анкеты".equals(e.details()))
                .toArriveAndVerify(e -> {
                    MenteeView updated = banks.currentMentee(s.curator(), s.id(), teacher);
                    assertThat(updated.id()).isEqualTo(entry);
                    assertThat(updated.category()).isEqualTo(MenteeCategory.NEW_EMPLOYEE);
                    assertThat(updated.needs()).containsExactly("exams");
                    assertThat(updated.needsNote()).isNull();
                });
    }

    @Test
    void aWillingTeachersSheetPutsHerInTheMentorBankWithHerCapacityAndForms(Scenario scenario) {
        School s = school();
        PersonId teacher = staffroom.teacher(s.curator(), s.id(), "Орлова");
        String token = sheets.invite(s.curator(), sheets.open(s.curator(), s.id(), "potential-mentor"), teacher);

        scenario.stimulate(() -> answering.submit(
                        token,
                        Map.of(
                                "q1",
                                List.of("yes"),
                                "q2",
                                List.of("subject-methods", "class-teacher"),
                                "q5",
                                List.of("3"),
                                "q6",
                                List.of("f1", "f3"),
                                "q7",
                                List.of("по средам после уроков"))))
                .andWaitForEventOfType(MentorEntered.class)
                .matching(e -> e.person().equals(teacher))
                .toArriveAndVerify(e -> {
                    MentorView entry = banks.currentMentor(s.curator(), s.id(), teacher);
                    assertThat(entry.competences()).containsExactlyInAnyOrder("subject-methods", "class-teacher");
                    assertThat(entry.capacity()).isEqualTo(3);
                    assertThat(entry.preferredForms()).hasSize(2).element(1).isEqualTo("виртуальная (дистанционная)");
                    assertThat(entry.availability()).isEqualTo("по средам после уроков");
                    assertThat(entry.sharedBank()).isFalse();
                });
    }

    @Test
    void answersKeptBackForWantOfAConsentComeInWhenItIsGiven(Scenario scenario) {
        School s = school();
        PersonId teacher = staff.create(s.curator(), s.id(), Fixtures.teacher("Мельникова", "Анна", "Сергеевна"))
                .id();
        answering.submit(sheets.invite(s.curator(), sheets.open(s.curator(), s.id(), "needs"), teacher), NEEDS);
        assertThat(banks.history(s.curator(), s.id(), teacher).asMentee()).isEmpty();

        scenario.stimulate(() -> consents.recordGiven(
                        s.curator(),
                        s.id(),
                        new GiveConsent(
                                teacher.toString(),
                                ConsentPurpose.PERSONAL_DATA,
                                SchoolToday.date().minusDays(1),
                                null,
                                null)))
                .andWaitForEventOfType(MenteeEntered.class)
                .matching(e -> e.person().equals(teacher))
                .toArriveAndVerify(e -> assertThat(banks.currentMentee(s.curator(), s.id(), teacher)
                                .needs())
                        .containsExactlyInAnyOrder("discipline", "parents"));
    }

    /** A renewed consent must not undo the curator's removal: her old answers stay out. */
    @Test
    void aRenewedConsentDoesNotBringBackSomeoneTheCuratorTookOut(Scenario scenario) {
        School s = school();
        PersonId teacher = staffroom.teacher(s.curator(), s.id(), "Кудрявцева");
        answering.submit(sheets.invite(s.curator(), sheets.open(s.curator(), s.id(), "needs"), teacher), NEEDS);
        banks.leave(s.curator(), s.id(), teacher, BankKind.MENTEE, "переведена в другую школу");
        ConsentGiven renewed = new ConsentGiven(
                s.id(), new ConsentId(UUID.randomUUID()), teacher, ConsentPurpose.PERSONAL_DATA, SchoolToday.date());

        scenario.publish(renewed)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> renewed.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> {
                    List<MenteeView> history =
                            banks.history(s.curator(), s.id(), teacher).asMentee();
                    assertThat(history).hasSize(1);
                    assertThat(history.get(0).leftReason()).isEqualTo("переведена в другую школу");
                    assertThat(banks.mentees(s.curator(), s.id(), BankFilter.all()))
                            .isEmpty();
                });
    }

    private record School(OrganisationId id, NastavnikPrincipal curator) {}

    private School school() {
        OrganisationId school = fixtures.world().schoolA();
        return new School(school, fixtures.user(Role.CURATOR, school));
    }
}
