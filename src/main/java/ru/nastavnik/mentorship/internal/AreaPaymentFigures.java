package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The arithmetic of the area's statement: each school's figures are the totals of its own statement (the same
 * {@link PaymentCalculator}, so the two never disagree), summed per municipality and over the area; the small-number
 * rule is applied to each row and to each sum, as the area's indicators do (a municipality of three schools with one
 * paid mentor each shows 3).
 */
final class AreaPaymentFigures {

    /** A school, and the unit it is listed under: its municipality, or the region for a school directly under it. */
    record Place(OrganisationId school, String name, OrganisationId unit, String unitName) {}

    /** One school's figures as computed, before the small-number rule. */
    record Raw(
            int mentors,
            int pairs,
            int mentees,
            int mentorDays,
            BigDecimal roubles,
            BigDecimal rateShare,
            int daysWithoutTerm) {

        static final Raw NONE = new Raw(0, 0, 0, 0, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(4), 0);

        Raw plus(Raw other) {
            return new Raw(
                    mentors + other.mentors,
                    pairs + other.pairs,
                    mentees + other.mentees,
                    mentorDays + other.mentorDays,
                    roubles.add(other.roubles),
                    rateShare.add(other.rateShare),
                    daysWithoutTerm + other.daysWithoutTerm);
        }
    }

    private AreaPaymentFigures() {}

    /**
     * A school's totals over its pairs: its mentors (those its statement lists: each mentored a day of the period),
     * the pairs they worked in, the mentees, the mentors' days summed, the sums as its statement rounds them per mentor.
     */
    static Raw of(OrganisationId school, List<PaymentCalculator.Pair> pairs, LocalDate from, LocalDate to) {
        Map<PersonId, PaymentCalculator.Sum> sums = PaymentCalculator.calculate(school, pairs, from, to);
        Set<Integer> worked = new HashSet<>();
        Set<PersonId> mentees = new HashSet<>();
        int days = 0;
        int withoutTerm = 0;
        BigDecimal roubles = BigDecimal.ZERO.setScale(2);
        BigDecimal share = BigDecimal.ZERO.setScale(4);
        for (PaymentCalculator.Sum sum : sums.values()) {
            worked.addAll(sum.pairs);
            mentees.addAll(sum.mentees);
            days += sum.days;
            withoutTerm += sum.daysWithoutTerm;
            roubles = roubles.add(sum.roubles);
            share = share.add(sum.rateShare);
        }
        return new Raw(sums.size(), worked.size(), mentees.size(), days, roubles, share, withoutTerm);
    }

    static AreaPaymentStatement statement(
            OrganisationSummary area, List<Place> places, Map<OrganisationId, Raw> raw, LocalDate from, LocalDate to) {
        Map<OrganisationId, List<Place>> byUnit = new LinkedHashMap<>();
        places.stream()
                .sorted(Comparator.comparing(Place::unitName, ru.nastavnik.shared.RussianOrder.NAMES)
                        .thenComparing(Place::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(p ->
                        byUnit.computeIfAbsent(p.unit(), u -> new ArrayList<>()).add(p));
        List<AreaPaymentStatement.Municipality> units = new ArrayList<>();
        Raw total = Raw.NONE;
        for (List<Place> unit : byUnit.values()) {
            Raw subtotal = Raw.NONE;
            List<AreaPaymentStatement.School> schools = new ArrayList<>();
            for (Place place : unit) {
                Raw figures = raw.getOrDefault(place.school(), Raw.NONE);
                subtotal = subtotal.plus(figures);
                schools.add(new AreaPaymentStatement.School(
                        place.school(), place.name(), place.unitName(), shown(figures), figures.daysWithoutTerm() > 0));
            }
            total = total.plus(subtotal);
            units.add(new AreaPaymentStatement.Municipality(
                    unit.get(0).unit(), unit.get(0).unitName(), schools, shown(subtotal)));
        }
        return new AreaPaymentStatement(
                area.id(), area.name(), area.kind(), from, to, units, shown(total), total.daysWithoutTerm() > 0);
    }

    /**
     * The small-number rule of the area's figures: a count of one or two people reads «< 3»; with one or two mentors
     * the days and the sums are theirs alone, so they are withheld as well.
     */
    static AreaPaymentStatement.Figures shown(Raw raw) {
        boolean fewMentors = few(raw.mentors());
        boolean fewMentees = few(raw.mentees());
        return new AreaPaymentStatement.Figures(
                fewMentors ? null : raw.mentors(),
                raw.pairs(),
                fewMentees ? null : raw.mentees(),
                fewMentors ? null : raw.mentorDays(),
                fewMentors ? null : raw.roubles(),
                fewMentors ? null : raw.rateShare(),
                fewMentors,
                fewMentees);
    }

    private static boolean few(int people) {
        return people > 0 && people < 3;
    }
}
