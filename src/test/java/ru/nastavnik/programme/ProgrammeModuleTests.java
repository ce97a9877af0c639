package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The module's events, in and out (moved here with the programmes from {@code mentorship.MentorshipModuleTests}).
 * In the application's one test context, with Scenario.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class ProgrammeModuleTests {

    @Autowired
    ProgrammeFixtures pairs;

    @Autowired
    CompletedProgrammes programmes;

    @Autowired
    PairLookup mentorships;

    @Autowired
    MockMvc mvc;

    @Test
    void completingAProgrammeAnnouncesItAndEndsThePair(Scenario scenario) {
        CompletedProgrammes.Completed programme = programmes.inProgress();
        UUID id = UUID.fromString(programme.programme());

        scenario.stimulate(() -> programmes.complete(programme))
                .andWaitForEventOfType(ProgrammeCompleted.class)
                .matching(e -> e.programme().equals(id))
                .toArriveAndVerify(e -> assertThat(e.organisation()).isEqualTo(programme.school()));
    }

    @Test
    void aCompletedProgrammeSendsTheSatisfactionQuestionnairesAfterItsCommit(Scenario scenario) {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("exams"));
        List<List<PersonId>> members = members(pair);

        scenario.publish(new SatisfactionSurveys.Send(
                        SatisfactionSurveys.Curator.of(pair.curator()), pair.school(), members.get(1), members.get(0)))
                .andWaitForStateChange(
                        () -> questionnaires(pair.mentee()), json -> json.contains("анкета наставляемого"))
                .andVerify(json -> assertThat(questionnaires(pair.mentor())).contains("анкета наставника"));
    }

    /** The pair's mentors, then its mentees. */
    private List<List<PersonId>> members(ProgrammeFixtures.ActivePair pair) {
        MentorshipView m = mentorships.unnamed(pair.mentorship());
        return List.of(List.copyOf(m.current(MemberRole.MENTOR)), List.copyOf(m.current(MemberRole.MENTEE)));
    }

    private String questionnaires(NastavnikPrincipal person) {
        try {
            return mvc.perform(get("/api/v1/me/questionnaires").with(user(person)))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
