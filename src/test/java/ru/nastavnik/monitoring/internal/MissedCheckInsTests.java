package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.PairFacts;
import ru.nastavnik.people.PersonId;

/**
 * A mid-point check-in missed is a reason of the pair's health. The programme runs 1 September – 31 May (272 days):
 * its mid-point is 15 January (start + 136 days), the check-in is due by 29 January.
 */
class MissedCheckInsTests {

    private static final LocalDate START = LocalDate.of(2026, 9, 1);
    private static final LocalDate END = LocalDate.of(2027, 5, 31);
    private static final PersonId MENTOR = new PersonId(UUID.randomUUID());
    private static final PersonId MENTEE = new PersonId(UUID.randomUUID());
    private static final UUID PROGRAMME = UUID.randomUUID();

    private static PairFacts pair(String status) {
        return new PairFacts(
                new MentorshipId(UUID.randomUUID()),
                List.of(MENTOR),
                List.of(MENTEE),
                START,
                status,
                LocalDate.of(2027, 1, 20),
                0,
                0,
                new PairFacts.ProgrammeTerm(PROGRAMME, START, END));
    }

    @Test
    void theCheckInIsMissedTheDayAfterTwoWeeksPastTheMidPointByEachMemberWhoDidNotSendIt() {
        PairFacts pair = pair("IN_PROGRESS");
        assertThat(CheckIn.midPoint(START, END)).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(MissedCheckIns.count(List.of(pair), Set.of(), LocalDate.of(2027, 1, 29)))
                .isEmpty();
        assertThat(MissedCheckIns.count(List.of(pair), Set.of(), LocalDate.of(2027, 1, 30)))
                .isEqualTo(Map.of(pair.pair(), 2));
        assertThat(MissedCheckIns.count(
                        List.of(pair), Set.of(PROGRAMME + ":" + MENTOR.value()), LocalDate.of(2027, 1, 30)))
                .isEqualTo(Map.of(pair.pair(), 1));
        assertThat(MissedCheckIns.count(
                        List.of(pair),
                        Set.of(PROGRAMME + ":" + MENTOR.value(), PROGRAMME + ":" + MENTEE.value()),
                        LocalDate.of(2027, 1, 30)))
                .isEmpty();
    }

    @Test
    void aProgrammeNotWorkedThroughOrAPairWithoutOneHasNoCheckInToMiss() {
        LocalDate late = LocalDate.of(2027, 3, 1);
        assertThat(MissedCheckIns.count(List.of(pair("APPROVED"), pair("COMPLETED")), Set.of(), late))
                .isEmpty();
        PairFacts none = new PairFacts(
                new MentorshipId(UUID.randomUUID()), List.of(MENTOR), List.of(MENTEE), START, null, null, 0, 0);
        assertThat(MissedCheckIns.count(List.of(none), Set.of(), late)).isEmpty();
    }

    @Test
    void aMissedCheckInNeedsAttentionWithItsCountAndNothingWorse() {
        PairFacts pair = pair("IN_PROGRESS");
        HealthRules.Verdict verdict = new HealthRules(21).judge(pair, LocalDate.of(2027, 1, 30), 2);
        assertThat(verdict.health()).isEqualTo(PairHealth.NEEDS_ATTENTION);
        assertThat(verdict.reasons())
                .extracting(HealthReason::messageKey, HealthReason::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("monitoring.reason.missedCheckIn", 2L));
        assertThat(new HealthRules(21).judge(pair, LocalDate.of(2027, 1, 30), 0).health())
                .isEqualTo(PairHealth.ON_TRACK);
    }
}
