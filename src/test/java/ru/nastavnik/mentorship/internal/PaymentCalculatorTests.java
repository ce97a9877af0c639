package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** November 2026 has 30 days: a day of a monthly 3,000 roubles is worth 100. */
class PaymentCalculatorTests {

    private static final OrganisationId SCHOOL = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId OTHER = new OrganisationId(UUID.randomUUID());
    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private final PersonId mentor = new PersonId(UUID.randomUUID());
    private final PersonId mentee = new PersonId(UUID.randomUUID());

    @Test
    void aPairThatStartsMidMonthIsPaidForItsDaysOnly() {
        var sums = calculate(
                List.of(pair(LocalDate.of(2026, 11, 11), NOV_30.plusMonths(6), List.of())), fixed("3000", null));
        assertThat(sums.get(mentor).days).isEqualTo(20);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("2000.00");
    }

    @Test
    void thePausedDaysAreNotPaidAndTheResumeDayIs() {
        var pause = new Pause(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 15));
        var sums = calculate(
                List.of(pair(NOV_1.minusMonths(1), NOV_30.plusMonths(6), List.of(pause))), fixed("3000", null));
        assertThat(sums.get(mentor).days).isEqualTo(20);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("2000.00");
    }

    @Test
    void aPairThatEndsStopsItsPaymentOnItsEndDate() {
        var ended = new WorkedSpan(NOV_1.minusMonths(1), LocalDate.of(2026, 11, 20), List.of());
        var sums = PaymentCalculator.calculate(
                SCHOOL,
                List.of(new PaymentCalculator.Pair(ended, members(mentor, SCHOOL), terms(fixed("3000", null)))),
                NOV_1,
                NOV_30);
        assertThat(sums.get(mentor).days).isEqualTo(20);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("2000.00");
    }

    @Test
    void aNewTermAppliesFromItsDateAndNeverBackwards() {
        var terms = List.of(
                new PaymentCalculator.Term(NOV_1.minusMonths(1), fixed("3000", null)),
                new PaymentCalculator.Term(
                        LocalDate.of(2026, 11, 16), rule(LocalDate.of(2026, 11, 16), PaymentKind.FIXED, "6000", null)));
        var span = new WorkedSpan(NOV_1.minusMonths(1), NOV_30.plusMonths(6), List.of());
        var sums = PaymentCalculator.calculate(
                SCHOOL, List.of(new PaymentCalculator.Pair(span, members(mentor, SCHOOL), terms)), NOV_1, NOV_30);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("4500.00");
    }

    @Test
    void aCoefficientPerMenteeIsCappedPerMentorAndGoesToTheRateShare() {
        PersonId second = new PersonId(UUID.randomUUID());
        var span = new WorkedSpan(NOV_1.minusMonths(1), NOV_30.plusMonths(6), List.of());
        var group = new PaymentCalculator.Pair(
                span,
                List.of(
                        member(mentor, SCHOOL, MemberRole.MENTOR, null, null),
                        member(mentee, SCHOOL, MemberRole.MENTEE, null, null),
                        member(second, SCHOOL, MemberRole.MENTEE, null, null)),
                terms(rule(LocalDate.of(2026, 1, 1), PaymentKind.PER_MENTEE, "0.15", "0.2")));
        var sums = PaymentCalculator.calculate(SCHOOL, List.of(group), NOV_1, NOV_30);
        assertThat(sums.get(mentor).rateShare).isEqualByComparingTo("0.2000");
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("0");
        assertThat(sums.get(mentor).mentees).hasSize(2);
    }

    @Test
    void aReplacedMentorIsPaidUntilTheDayHerSuccessorTakesOverAndAnotherEmployersMentorNotAtAll() {
        PersonId successor = new PersonId(UUID.randomUUID());
        PersonId guest = new PersonId(UUID.randomUUID());
        LocalDate handover = LocalDate.of(2026, 11, 16);
        var span = new WorkedSpan(NOV_1.minusMonths(1), NOV_30.plusMonths(6), List.of());
        var pair = new PaymentCalculator.Pair(
                span,
                List.of(
                        member(mentor, SCHOOL, MemberRole.MENTOR, null, handover),
                        member(successor, SCHOOL, MemberRole.MENTOR, handover, null),
                        member(guest, OTHER, MemberRole.MENTOR, null, null),
                        member(mentee, SCHOOL, MemberRole.MENTEE, null, null)),
                terms(fixed("3000", null)));
        var sums = PaymentCalculator.calculate(SCHOOL, List.of(pair), NOV_1, NOV_30);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("1500.00");
        assertThat(sums.get(successor).roubles).isEqualByComparingTo("1500.00");
        assertThat(sums).doesNotContainKey(guest);
    }

    @Test
    void aPairThatNeverStartedEarnsNothingAndDaysWithoutATermCountWithoutASum() {
        var never = new WorkedSpan(null, NOV_30, List.of());
        var sums = PaymentCalculator.calculate(
                SCHOOL,
                List.of(
                        new PaymentCalculator.Pair(never, members(mentor, SCHOOL), List.of()),
                        new PaymentCalculator.Pair(
                                new WorkedSpan(NOV_1.minusMonths(1), NOV_30, List.of()),
                                members(mentor, SCHOOL),
                                List.of())),
                NOV_1,
                NOV_30);
        assertThat(sums.get(mentor).days).isEqualTo(30);
        assertThat(sums.get(mentor).daysWithoutTerm).isEqualTo(30);
        assertThat(sums.get(mentor).pairs).hasSize(1);
        assertThat(sums.get(mentor).roubles).isEqualByComparingTo("0");
    }

    @Test
    void aRuleWithANegativeSumACapBelowItOrADateInThePastIsRefused() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThatThrownBy(() -> new PaymentRule(
                        SCHOOL,
                        new NewPaymentRule(today, PaymentKind.FIXED, new BigDecimal("-1"), null),
                        today,
                        "к",
                        Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("amount"));
        assertThatThrownBy(() -> new PaymentRule(
                        SCHOOL,
                        new NewPaymentRule(
                                today, PaymentKind.PER_MENTEE, new BigDecimal("0.15"), new BigDecimal("0.1")),
                        today,
                        "к",
                        Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("cap"));
        assertThatThrownBy(() -> new PaymentRule(
                        SCHOOL,
                        new NewPaymentRule(today.minusDays(1), PaymentKind.FIXED, new BigDecimal("100"), null),
                        today,
                        "к",
                        Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey())
                                .isEqualTo("mentorship.payment.validFrom.past"));
    }

    private Map<PersonId, PaymentCalculator.Sum> calculate(List<PaymentCalculator.Pair> pairs, PaymentRule rule) {
        List<PaymentCalculator.Pair> paid = pairs.stream()
                .map(p -> new PaymentCalculator.Pair(p.span(), p.members(), terms(rule)))
                .toList();
        return PaymentCalculator.calculate(SCHOOL, paid, NOV_1, NOV_30);
    }

    private PaymentCalculator.Pair pair(LocalDate from, LocalDate until, List<Pause> pauses) {
        return new PaymentCalculator.Pair(new WorkedSpan(from, until, pauses), members(mentor, SCHOOL), List.of());
    }

    private static List<PaymentCalculator.Term> terms(PaymentRule rule) {
        return List.of(new PaymentCalculator.Term(LocalDate.of(2026, 1, 1), rule));
    }

    private List<MemberView> members(PersonId who, OrganisationId employer) {
        return List.of(
                member(who, employer, MemberRole.MENTOR, null, null),
                member(mentee, SCHOOL, MemberRole.MENTEE, null, null));
    }

    private static MemberView member(
            PersonId person, OrganisationId employer, MemberRole role, LocalDate from, LocalDate to) {
        return new MemberView(person, employer, "", role, from == null ? LocalDate.of(2026, 1, 1) : from, to, null);
    }

    private static PaymentRule fixed(String amount, String cap) {
        return rule(LocalDate.of(2026, 1, 1), PaymentKind.FIXED, amount, cap);
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
