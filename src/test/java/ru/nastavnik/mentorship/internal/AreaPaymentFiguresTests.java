package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * A region of two municipalities and three schools, November 2026 (30 days: a day of 3,000 roubles a month is worth
 * 100), figured by hand:
 * <ul>
 * <li>«Алый район», «Школа 1», 3,000 a month per pair: a pair working all month (30 days, 3,000.00), one starting on
 * the 11th (20 days, 2,000.00), one paused from the 5th to the 15th (20 days, 2,000.00) → 3 mentors, 3 pairs,
 * 3 mentees, 70 days, 7,000.00; a fourth pair's mentor works for another school: not this school's to pay;</li>
 * <li>«Алый район», «Школа 2», 0.15 of the rate per mentee capped at 0.2, one mentor with two mentees until the 20th:
 * 0.2 × 20 / 30 = 0.1333 of the rate, 20 days → 1 mentor and 2 mentees: «< 3», days and sums withheld;</li>
 * <li>«Берёзовый район», «Школа 3», 3,000 a month, a pair from the 21st: 10 days, 1,000.00; one mentor, so its
 * subtotal is withheld too;</li>
 * <li>«Алый район» subtotal: 4 mentors, 4 pairs, 5 mentees, 90 days, 7,000.00 and 0.1333; the region's total:
 * 5 mentors, 5 pairs, 6 mentees, 100 days, 8,000.00 and 0.1333.</li>
 * </ul>
 */
class AreaPaymentFiguresTests {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final LocalDate LONG_AGO = LocalDate.of(2026, 1, 1);
    private static final OrganisationId REGION = id();
    private static final OrganisationId ALY = id();
    private static final OrganisationId BEREZ = id();
    private static final OrganisationId SCHOOL_1 = id();
    private static final OrganisationId SCHOOL_2 = id();
    private static final OrganisationId SCHOOL_3 = id();
    private static final OrganisationId ELSEWHERE = id();

    @Test
    void eachSchoolIsTheTotalOfItsOwnStatementSummedPerMunicipalityAndOverTheRegion() {
        AreaPaymentStatement statement = statement();

        assertThat(statement.municipalities())
                .extracting(AreaPaymentStatement.Municipality::name)
                .containsExactly("Алый район", "Берёзовый район");
        var aly = statement.municipalities().get(0);
        assertThat(aly.schools()).extracting(AreaPaymentStatement.School::name).containsExactly("Школа 1", "Школа 2");
        assertThat(aly.schools().get(0).figures())
                .isEqualTo(new AreaPaymentStatement.Figures(
                        3, 3, 3, 70, new BigDecimal("7000.00"), new BigDecimal("0.0000"), false, false));
        assertThat(aly.subtotal())
                .isEqualTo(new AreaPaymentStatement.Figures(
                        4, 4, 5, 90, new BigDecimal("7000.00"), new BigDecimal("0.1333"), false, false));
        assertThat(statement.total())
                .isEqualTo(new AreaPaymentStatement.Figures(
                        5, 5, 6, 100, new BigDecimal("8000.00"), new BigDecimal("0.1333"), false, false));
        assertThat(statement.schools()).isEqualTo(3);
        assertThat(statement.withoutTerm()).isFalse();
    }

    @Test
    void aSchoolOrASubtotalOfOneOrTwoMentorsShowsLessThanThreeAndWithholdsItsDaysAndSums() {
        AreaPaymentStatement statement = statement();

        var school2 = statement.municipalities().get(0).schools().get(1);
        assertThat(school2.municipality()).isEqualTo("Алый район");
        assertThat(school2.figures())
                .isEqualTo(new AreaPaymentStatement.Figures(null, 1, null, null, null, null, true, true));
        var berez = statement.municipalities().get(1);
        assertThat(berez.schools())
                .singleElement()
                .satisfies(s -> assertThat(s.figures())
                        .isEqualTo(new AreaPaymentStatement.Figures(null, 1, null, null, null, null, true, true)));
        assertThat(berez.subtotal().fewMentors()).isTrue();
        assertThat(berez.subtotal().roubles()).isNull();
    }

    @Test
    void theRawFiguresBehindAWithheldSchoolAreItsStatementsTotals() {
        var raw = AreaPaymentFigures.of(SCHOOL_2, school2(), NOV_1, NOV_30);
        assertThat(raw)
                .isEqualTo(
                        new AreaPaymentFigures.Raw(1, 1, 2, 20, new BigDecimal("0.00"), new BigDecimal("0.1333"), 0));
    }

    @Test
    void daysWithoutATermAreFlaggedOnTheSchoolAndTheArea() {
        PersonId mentor = person();
        var unpaid = new PaymentCalculator.Pair(
                new WorkedSpan(NOV_1, NOV_30, List.of()),
                List.of(member(mentor, SCHOOL_3, MemberRole.MENTOR), member(person(), SCHOOL_3, MemberRole.MENTEE)),
                List.of());
        Map<OrganisationId, AreaPaymentFigures.Raw> raw = new HashMap<>();
        raw.put(SCHOOL_3, AreaPaymentFigures.of(SCHOOL_3, List.of(unpaid), NOV_1, NOV_30));
        var statement = AreaPaymentFigures.statement(
                region(),
                List.of(new AreaPaymentFigures.Place(SCHOOL_3, "Школа 3", BEREZ, "Берёзовый район")),
                raw,
                NOV_1,
                NOV_30);
        assertThat(statement.withoutTerm()).isTrue();
        assertThat(statement.municipalities().get(0).schools().get(0).withoutTerm())
                .isTrue();
        assertThat(raw.get(SCHOOL_3).mentorDays()).isEqualTo(30);
        assertThat(raw.get(SCHOOL_3).roubles()).isEqualByComparingTo("0");
    }

    private static AreaPaymentStatement statement() {
        PaymentRule fixed1 = rule(SCHOOL_1, PaymentKind.FIXED, "3000", null);
        List<PaymentCalculator.Pair> school1 = new ArrayList<>();
        school1.add(pair(SCHOOL_1, new WorkedSpan(NOV_1.minusMonths(1), NOV_30.plusMonths(6), List.of()), fixed1, 1));
        school1.add(
                pair(SCHOOL_1, new WorkedSpan(LocalDate.of(2026, 11, 11), NOV_30.plusMonths(6), List.of()), fixed1, 1));
        school1.add(pair(
                SCHOOL_1,
                new WorkedSpan(
                        NOV_1.minusMonths(1),
                        NOV_30.plusMonths(6),
                        List.of(new Pause(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 15)))),
                fixed1,
                1));
        school1.add(new PaymentCalculator.Pair(
                new WorkedSpan(NOV_1, NOV_30, List.of()),
                List.of(member(person(), ELSEWHERE, MemberRole.MENTOR), member(person(), SCHOOL_1, MemberRole.MENTEE)),
                List.of(new PaymentCalculator.Term(LONG_AGO, fixed1))));
        List<PaymentCalculator.Pair> school3 = List.of(pair(
                SCHOOL_3,
                new WorkedSpan(LocalDate.of(2026, 11, 21), NOV_30.plusMonths(6), List.of()),
                rule(SCHOOL_3, PaymentKind.FIXED, "3000", null),
                1));
        Map<OrganisationId, AreaPaymentFigures.Raw> raw = new HashMap<>();
        raw.put(SCHOOL_1, AreaPaymentFigures.of(SCHOOL_1, school1, NOV_1, NOV_30));
        raw.put(SCHOOL_2, AreaPaymentFigures.of(SCHOOL_2, school2(), NOV_1, NOV_30));
        raw.put(SCHOOL_3, AreaPaymentFigures.of(SCHOOL_3, school3, NOV_1, NOV_30));
        List<AreaPaymentFigures.Place> places = List.of(
                new AreaPaymentFigures.Place(SCHOOL_3, "Школа 3", BEREZ, "Берёзовый район"),
                new AreaPaymentFigures.Place(SCHOOL_2, "Школа 2", ALY, "Алый район"),
                new AreaPaymentFigures.Place(SCHOOL_1, "Школа 1", ALY, "Алый район"));
        return AreaPaymentFigures.statement(region(), places, raw, NOV_1, NOV_30);
    }

    private static List<PaymentCalculator.Pair> school2() {
        return List.of(pair(
                SCHOOL_2,
                new WorkedSpan(NOV_1.minusMonths(1), LocalDate.of(2026, 11, 20), List.of()),
                rule(SCHOOL_2, PaymentKind.PER_MENTEE, "0.15", "0.2"),
                2));
    }

    private static PaymentCalculator.Pair pair(OrganisationId school, WorkedSpan span, PaymentRule rule, int mentees) {
        List<MemberView> members = new ArrayList<>();
        members.add(member(person(), school, MemberRole.MENTOR));
        for (int i = 0; i < mentees; i++) {
            members.add(member(person(), school, MemberRole.MENTEE));
        }
        return new PaymentCalculator.Pair(span, members, List.of(new PaymentCalculator.Term(LONG_AGO, rule)));
    }

    private static MemberView member(PersonId person, OrganisationId employer, MemberRole role) {
        return new MemberView(person, employer, "", role, LONG_AGO, null, null);
    }

    private static PaymentRule rule(OrganisationId school, PaymentKind kind, String amount, String cap) {
        return new PaymentRule(
                school,
                new NewPaymentRule(LONG_AGO, kind, new BigDecimal(amount), cap == null ? null : new BigDecimal(cap)),
                LONG_AGO,
                "Куратор",
                Instant.now());
    }

    private static OrganisationSummary region() {
        return new OrganisationSummary(
                REGION, null, OrganisationKind.REGION, "Регион", "Регион", "Europe/Moscow", null);
    }

    private static PersonId person() {
        return new PersonId(UUID.randomUUID());
    }

    private static OrganisationId id() {
        return new OrganisationId(UUID.randomUUID());
    }
}
