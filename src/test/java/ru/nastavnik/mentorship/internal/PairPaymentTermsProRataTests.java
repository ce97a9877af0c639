package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * Each pair paid by its own term. By hand: November 2026 has 30 days, so 3,000 a month is 100 a day and 6,000 is 200;
 * December has 31, so 3,100 a month is 100 a day.
 */
class PairPaymentTermsProRataTests {

    private static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate LONG_AGO = LocalDate.of(2026, 9, 1);
    private final PersonId mentor = new PersonId(UUID.randomUUID());

    private final PaymentRule base = rule(LONG_AGO, PaymentKind.FIXED, "3000", null);
    private final PaymentRule raised = rule(LocalDate.of(2026, 10, 1), PaymentKind.FIXED, "6000", null);

    @Test
    void twoPairsOfOneMentorArePaidEachByItsOwnTermAndAChangeOnTheLastDayCountsForThatDayOnly() {
        var first = pair(LONG_AGO, NOV_30.plusMonths(6), List.of(), term(LONG_AGO, base));
        var second = pair(LONG_AGO, NOV_30.plusMonths(6), List.of(), term(LONG_AGO, base), term(NOV_30, raised));
        var sums = PaymentCalculator.calculate(SCHOOL, List.of(first, second), NOV_1, NOV_30);
        // 30 × 100 for the first; 29 × 100 + 1 × 200 for the second
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("6100.00");
        assertThat(sums.get(mentor).days).isEqualTo(30);
        assertThat(sums.get(mentor).pairs).hasSize(2);
    }

    @Test
    void aTermFromTheFirstDayOfThePeriodReplacesTheEarlierOneForTheWholePeriod() {
        var pair = pair(LONG_AGO, NOV_30.plusMonths(6), List.of(), term(LONG_AGO, base), term(NOV_1, raised));
        var sums = PaymentCalculator.calculate(SCHOOL, List.of(pair), NOV_1, NOV_30);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("6000.00");
        // the month before keeps the old term: a change never works backwards
        var october = PaymentCalculator.calculate(
                SCHOOL, List.of(pair), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
        assertThat(october.get(mentor).roubles).isEqualByComparingTo("3000.00");
    }

    @Test
    void aPairStartingOnThePeriodsLastDayAndOneEndingOnItsFirstAreEachPaidForOneDay() {
        var starting = pair(NOV_30, NOV_30.plusMonths(6), List.of(), term(NOV_30, raised));
        // a pair ended on 2 November worked through the 1st
        var ending = pair(LONG_AGO, NOV_1, List.of(), term(LONG_AGO, base));
        var sums = PaymentCalculator.calculate(SCHOOL, List.of(starting, ending), NOV_1, NOV_30);
        assertThat(sums.get(mentor).days).isEqualTo(2);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("300.00");
    }

    @Test
    void aTermChangedDuringAPauseTakesEffectOnTheResumeDayAcrossTheMonthEdge() {
        var pause = new Pause(LocalDate.of(2026, 11, 21), LocalDate.of(2026, 12, 11));
        var pair = pair(
                LONG_AGO,
                NOV_30.plusMonths(6),
                List.of(pause),
                term(LONG_AGO, base),
                term(LocalDate.of(2026, 12, 1), rule(LocalDate.of(2026, 11, 1), PaymentKind.FIXED, "6200", null)));
        var sums = PaymentCalculator.calculate(SCHOOL, List.of(pair), NOV_1, LocalDate.of(2026, 12, 31));
        // November 1–20 at 100 a day; December 11–31 (21 days) at 6,200 / 31 = 200 a day
        assertThat(sums.get(mentor).days).isEqualTo(41);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("6200.00");
    }

    @Test
    void aCapBoundsThePairsPaidByOneRuleTogetherButNotThosePaidByAnother() {
        PaymentRule perMentee = rule(LONG_AGO, PaymentKind.PER_MENTEE, "0.15", "0.2");
        PaymentRule share = rule(LONG_AGO, PaymentKind.RATE_SHARE, "0.1", null);
        var a = pair(LONG_AGO, NOV_30.plusMonths(6), List.of(), term(LONG_AGO, perMentee));
        var b = pair(LONG_AGO, NOV_30.plusMonths(6), List.of(), term(LONG_AGO, perMentee));
        var c = pair(LONG_AGO, NOV_30.plusMonths(6), List.of(), term(LONG_AGO, share));
        var sums = PaymentCalculator.calculate(SCHOOL, List.of(a, b, c), NOV_1, NOV_30);
        // 0.15 + 0.15 capped at 0.2, plus 0.1 under its own rule
        assertThat(sums.get(mentor).rateShare).isEqualByComparingTo("0.3000");
    }

    @Test
    void byDefaultAPairTakesTheRuleInForceOnItsStartDateAndALaterRuleOfTheOrganisationDoesNotChangeIt() {
        PaymentRule later = rule(LocalDate.of(2026, 11, 16), PaymentKind.FIXED, "9000", null);
        var terms = PaymentCalculator.termsOf(LocalDate.of(2026, 10, 5), List.of(), List.of(later, base));
        assertThat(terms).singleElement().satisfies(t -> {
            assertThat(t.from()).isEqualTo(LocalDate.of(2026, 10, 5));
            assertThat(t.rule()).isSameAs(base);
        });
        var sums = PaymentCalculator.calculate(
                SCHOOL,
                List.of(new PaymentCalculator.Pair(
                        new WorkedSpan(LocalDate.of(2026, 10, 5), NOV_30.plusMonths(6), List.of()), members(), terms)),
                NOV_1,
                NOV_30);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("3000.00");
        // a pair that starts before any rule has no term until the curator chooses one
        assertThat(PaymentCalculator.termsOf(LocalDate.of(2026, 8, 1), List.of(), List.of(base)))
                .isEmpty();
    }

    private PaymentCalculator.Pair pair(
            LocalDate from, LocalDate until, List<Pause> pauses, PaymentCalculator.Term... terms) {
        return new PaymentCalculator.Pair(new WorkedSpan(from, until, pauses), members(), List.of(terms));
    }

    private List<MemberView> members() {
        return List.of(
                new MemberView(mentor, SCHOOL, "", MemberRole.MENTOR, LONG_AGO, null, null),
                new MemberView(new PersonId(UUID.randomUUID()), SCHOOL, "", MemberRole.MENTEE, LONG_AGO, null, null));
    }

    private static PaymentCalculator.Term term(LocalDate from, PaymentRule rule) {
        return new PaymentCalculator.Term(from, rule);
    }

    private static PaymentRule rule(LocalDate from, PaymentKind kind, String amount, String cap) {
        return new PaymentRule(
                SCHOOL,
                new NewPaymentRule(from, kind, new BigDecimal(amount), cap == null ? null : new BigDecimal(cap)),
                from,
                "Куратор",
                Instant.now());
    }
}
