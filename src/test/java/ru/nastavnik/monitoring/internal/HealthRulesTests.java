package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.PairFacts;

class HealthRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    final HealthRules rules = new HealthRules(21);

    static PairFacts pair(LocalDate started, String programme, LocalDate lastMeeting, int overdue, int unproved) {
        return new PairFacts(
                new MentorshipId(UUID.randomUUID()),
                List.of(),
                List.of(),
                started,
                programme,
                lastMeeting,
                overdue,
                unproved);
    }

    @Test
    void aPairThatMetLastWeekWithNothingOverdueIsOnTrack() {
        HealthRules.Verdict verdict =
                rules.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(7), 0, 0), TODAY);
        assertThat(verdict.health()).isEqualTo(PairHealth.ON_TRACK);
        assertThat(verdict.reasons()).isEmpty();
    }

    @Test
    void twentyOneQuietDaysAreStillOnTrackTwentyTwoNeedAttentionFortyThreeAreARisk() {
        assertThat(rules.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(21), 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.ON_TRACK);
        HealthRules.Verdict quiet =
                rules.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(22), 0, 0), TODAY);
        assertThat(quiet.health()).isEqualTo(PairHealth.NEEDS_ATTENTION);
        assertThat(quiet.reasons())
                .extracting(HealthReason::messageKey, HealthReason::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("monitoring.reason.quiet", 22L));
        assertThat(rules.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(42), 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.NEEDS_ATTENTION);
        assertThat(rules.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(43), 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.AT_RISK);
    }

    @Test
    void withoutAnyMeetingTheQuietIsCountedFromThePairsStart() {
        HealthRules.Verdict verdict = rules.judge(pair(TODAY.minusDays(25), "APPROVED", null, 0, 0), TODAY);
        assertThat(verdict.health()).isEqualTo(PairHealth.NEEDS_ATTENTION);
        assertThat(verdict.reasons())
                .extracting(HealthReason::messageKey)
                .containsExactly("monitoring.reason.noMeeting");
        assertThat(rules.judge(pair(TODAY.minusDays(10), null, null, 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.ON_TRACK);
    }

    @Test
    void noApprovedProgrammeAfterAMonthNeedsAttentionAfterTwoIsARisk() {
        assertThat(rules.judge(pair(TODAY.minusDays(30), "DRAFT", TODAY, 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.ON_TRACK);
        assertThat(rules.judge(pair(TODAY.minusDays(31), "DRAFT", TODAY, 0, 0), TODAY)
                        .reasons())
                .extracting(HealthReason::messageKey, HealthReason::weight)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "monitoring.reason.noProgramme", PairHealth.NEEDS_ATTENTION));
        assertThat(rules.judge(pair(TODAY.minusDays(61), null, TODAY, 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.AT_RISK);
    }

    @Test
    void twoOverdueActivitiesNeedAttentionThreeAreARiskAndUnprovedOnesNeedAttention() {
        assertThat(rules.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY, 2, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.NEEDS_ATTENTION);
        HealthRules.Verdict three = rules.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY, 3, 1), TODAY);
        assertThat(three.health()).isEqualTo(PairHealth.AT_RISK);
        assertThat(three.reasons())
                .extracting(HealthReason::messageKey)
                .containsExactly("monitoring.reason.overdue", "monitoring.reason.noEvidence");
    }

    @Test
    void aSchoolsOwnQuietDaysAreTheBoundaryNMinusOneAndNOnTrackNPlusOneNeedsAttention() {
        HealthRules thirty = new HealthRules(30);
        assertThat(thirty.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(29), 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.ON_TRACK);
        assertThat(thirty.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(30), 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.ON_TRACK);
        assertThat(thirty.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(31), 0, 0), TODAY)
                        .reasons())
                .extracting(HealthReason::messageKey, HealthReason::figure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("monitoring.reason.quiet", 31L));
        assertThat(thirty.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(60), 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.NEEDS_ATTENTION);
        assertThat(thirty.judge(pair(TODAY.minusDays(90), "IN_PROGRESS", TODAY.minusDays(61), 0, 0), TODAY)
                        .health())
                .isEqualTo(PairHealth.AT_RISK);
    }
}
