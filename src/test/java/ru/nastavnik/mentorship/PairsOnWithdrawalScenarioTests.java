package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.people.PersonId;

/**
 * The mentorship module as consent sees it: a withdrawal in, the pair ended the same day and {@link MentorshipEnded}
 * out. The listener is synchronous on purpose (a withdrawn consent and a running pair never coexist), so the pair is
 * ended by the time the publishing transaction commits.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnableScenarios
class PairsOnWithdrawalScenarioTests {

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    PairManagement mentorships;

    @Test
    void theMentorsWithdrawnDutiesConsentEndsHerPairAtOnce(Scenario scenario) {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        PersonId mentor = mentorships
                .get(pair.curator(), pair.mentorship())
                .currentMentors()
                .get(0)
                .personId();

        scenario.publish(new ConsentWithdrawn(
                        pair.school(),
                        new ConsentId(UUID.randomUUID()),
                        mentor,
                        ConsentPurpose.MENTORING_DUTIES,
                        SchoolToday.date()))
                .andWaitForEventOfType(MentorshipEnded.class)
                .matching(e -> e.mentorship().equals(pair.mentorship()))
                .toArriveAndVerify(e -> {
                    MentorshipView ended = mentorships.get(pair.curator(), pair.mentorship());
                    assertThat(ended.status()).isEqualTo(MentorshipStatus.TERMINATED);
                    assertThat(ended.endedOn()).isEqualTo(SchoolToday.date());
                    assertThat(ended.endInitiator()).isEqualTo(EndInitiator.MENTOR);
                    assertThat(ended.endReason())
                            .isEqualTo("отзыв наставником согласия на выполнение обязанностей наставника");
                });
    }

    /** A mentee has no mentoring duties to give up: her pair goes on. */
    @Test
    void aMenteesDutiesConsentIsNotHersToWithdrawSoThePairGoesOn(Scenario scenario) {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("exams"));
        PersonId mentee = mentorships.get(pair.curator(), pair.mentorship()).members().stream()
                .filter(m -> m.role() == MemberRole.MENTEE)
                .findFirst()
                .orElseThrow()
                .personId();

        scenario.publish(new ConsentWithdrawn(
                        pair.school(),
                        new ConsentId(UUID.randomUUID()),
                        mentee,
                        ConsentPurpose.MENTORING_DUTIES,
                        SchoolToday.date()))
                .andWaitForStateChange(() -> mentorships.get(pair.curator(), pair.mentorship()))
                .andVerify(view -> assertThat(view.status()).isEqualTo(MentorshipStatus.ACTIVE));
    }
}
