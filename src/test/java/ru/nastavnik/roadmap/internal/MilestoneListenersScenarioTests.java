package ru.nastavnik.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
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
import ru.nastavnik.bank.MenteeEntered;
import ru.nastavnik.bank.MentorEntered;
import ru.nastavnik.bank.MentorTrained;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.events.EventHeld;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegistered;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.EvidenceKind;
import ru.nastavnik.roadmap.Milestone;
import ru.nastavnik.roadmap.MilestoneReached;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.survey.QuestionnaireClosed;
import ru.nastavnik.survey.QuestionnaireId;
import ru.nastavnik.survey.QuestionnairePurpose;
import ru.nastavnik.training.MentorCourseCompleted;
import ru.nastavnik.training.MentorCourseId;

/**
 * The roadmap module as the other modules see it: an event of theirs in, a milestone of the school's year out —
 * published in a committed transaction and handled after it by the event publication registry, as in production.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class MilestoneListenersScenarioTests {

    private static final Instant DAY =
            LocalDate.of(2026, 10, 12).atStartOfDay(Dates.DEFAULT_ZONE).toInstant();

    @Autowired
    Fixtures fixtures;

    @Autowired
    MilestoneLog log;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    StaffManagement staff;

    @Test
    void eachModulesEventBecomesTheMilestoneItStandsFor(Scenario scenario) {
        OrganisationId school = fixtures.world().schoolA();
        UUID order = UUID.randomUUID();
        PersonId person = new PersonId(UUID.randomUUID());

        expect(
                scenario,
                new OrderRegistered(school, order, OrderKind.REGULATION, "12-од", LocalDate.of(2026, 9, 1)),
                school,
                Milestone.REGULATION_APPROVED,
                "№ 12-од от 01.09.2026");
        expect(
                scenario,
                new QuestionnaireClosed(
                        school, new QuestionnaireId(UUID.randomUUID()), QuestionnairePurpose.NEEDS, DAY),
                school,
                Milestone.NEEDS_SURVEY_CLOSED,
                null);
        expect(scenario, new MenteeEntered(school, person), school, Milestone.MENTEE_BANK_FORMED, null);
        expect(scenario, new MentorEntered(school, person), school, Milestone.MENTOR_BANK_FORMED, null);
        expect(
                scenario,
                new MentorCourseCompleted(
                        school, person, new MentorCourseId(UUID.randomUUID()), LocalDate.of(2026, 10, 12)),
                school,
                Milestone.MENTOR_TRAINED,
                null);
        expect(
                scenario,
                new EventHeld(
                        school,
                        new EventId(UUID.randomUUID()),
                        EventKind.ROUND_TABLE,
                        DAY,
                        DAY.plusSeconds(7200),
                        List.of(person)),
                school,
                Milestone.ROUND_TABLE_HELD,
                null);
        expect(
                scenario,
                new MilestoneReached(
                        school, Milestone.PUBLISHED, DAY, EvidenceKind.PUBLICATION, UUID.randomUUID(), "Новость"),
                school,
                Milestone.PUBLISHED,
                "Новость");
    }

    @Test
    void theConsentsComingInAndThePairsOrderMarkTheRoadmapsConsentsAndSelection(Scenario scenario) {
        OrganisationId school = fixtures.world().schoolA();
        PersonId person = staff.create(
                        fixtures.user(Role.CURATOR, school), school, Fixtures.teacher("Зуева", "Анна", "Сергеевна"))
                .id();
        expect(
                scenario,
                new OrderRegistered(school, UUID.randomUUID(), OrderKind.ASSIGNMENT, "15-о", LocalDate.of(2026, 10, 1)),
                school,
                Milestone.MENTORS_SELECTED,
                "№ 15-о от 01.10.2026");
        assertThat(reached(school)).containsKey(Milestone.PAIRS_ASSIGNED);
        expect(
                scenario,
                new ConsentGiven(
                        school,
                        new ConsentId(UUID.randomUUID()),
                        person,
                        ConsentPurpose.MENTORING_DUTIES,
                        LocalDate.of(2026, 9, 20)),
                school,
                Milestone.CONSENTS_RECEIVED,
                null);
        assertThat(reached(school).get(Milestone.CONSENTS_RECEIVED).get(0).count())
                .isEqualTo(1);
        // a mentor the curator marked trained elsewhere: the roadmap's training counts her as it counts the course's
        expect(
                scenario,
                new MentorTrained(school, person, LocalDate.of(2026, 10, 5)),
                school,
                Milestone.MENTOR_TRAINED,
                null);
    }

    /** Handled (the registry holds no incomplete publication of it), and no milestone recorded. */
    @Test
    void anOrderThatStandsForNoMilestoneLeavesTheYearAsItWas(Scenario scenario) {
        OrganisationId school = fixtures.world().schoolA();
        OrderRegistered termination =
                new OrderRegistered(school, UUID.randomUUID(), OrderKind.TERMINATION, "7-к", null);
        scenario.publish(termination)
                .andWaitForStateChange(
                        () -> registry.findIncompletePublications().stream()
                                .noneMatch(p -> termination.equals(p.getEvent())),
                        handled -> handled)
                .andVerify(handled -> assertThat(reached(school)).isEmpty());
    }

    private void expect(Scenario scenario, Object event, OrganisationId school, Milestone milestone, String label) {
        scenario.publish(event)
                .andWaitForStateChange(() -> reached(school).get(milestone), found -> found != null && !found.isEmpty())
                .andVerify(found -> assertThat(found.get(0).label()).isEqualTo(label));
    }

    private Map<Milestone, List<MilestoneLog.Reached>> reached(OrganisationId school) {
        return log.reached(List.of(school), SchoolYear.of(LocalDate.of(2026, 10, 12)))
                .getOrDefault(school, Map.of());
    }
}
