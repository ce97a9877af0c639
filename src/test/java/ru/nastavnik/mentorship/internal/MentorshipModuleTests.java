package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipEnded;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.people.PersonId;

/**
 * The module's events, in and out (the programmes' in {@code programme.ProgrammeModuleTests}). In the application's one test context (a module-only context would start a
 * second embedded PostgreSQL on the tests' data directory and double the suite's start-up), with Scenario.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class MentorshipModuleTests {

    @Autowired
    ProgrammeFixtures pairs;

    @Autowired
    MentorshipRepository mentorships;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    MockMvc mvc;

    @Test
    void aMentorsWithdrawnDutiesConsentEndsHerPairAtOnce(Scenario scenario) {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("exams"));
        PersonId mentor = members(pair).get(0).get(0);

        scenario.publish(new ConsentWithdrawn(
                        pair.school(),
                        new ConsentId(UUID.randomUUID()),
                        mentor,
                        ConsentPurpose.MENTORING_DUTIES,
                        SchoolToday.date()))
                .andWaitForEventOfType(MentorshipEnded.class)
                .matching(e -> e.mentorship().equals(pair.mentorship()))
                .toArriveAndVerify(e -> assertThat(status(pair)).isEqualTo(MentorshipStatus.TERMINATED));
    }

    /** The pair's mentors, then its mentees. */
    private List<List<PersonId>> members(ProgrammeFixtures.ActivePair pair) {
        return transactions.execute(status -> {
            Mentorship m = mentorships.findById(pair.mentorship().value()).orElseThrow();
            return List.of(List.copyOf(m.current(MemberRole.MENTOR)), List.copyOf(m.current(MemberRole.MENTEE)));
        });
    }

    private MentorshipStatus status(ProgrammeFixtures.ActivePair pair) {
        return mentorships.findById(pair.mentorship().value()).orElseThrow().status();
    }
}
