package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The mentoring payment of each mentor for a period, day by day: a day counts when the pair worked (started, not
 * paused, not ended); the pair's own term in force that day (its supplementary agreement) gives the monthly amount —
 * per pair, or per mentee that day — of which the day earns its share of the month (pro rata for a start, a pause and
 * an end within it). A rule's cap bounds what a mentor earns a month under that rule, over all her pairs paid by it,
 * day by day alike. Only the organisation's own employees are paid by it.
 */
final class PaymentCalculator {

    private static final int WORK_SCALE = 10;

    /** A pair's term: the rule it is paid by from a date until its next term's. */
    record Term(LocalDate from, PaymentRule rule) {}

    /** {@code terms}: the pair's terms in any order; none: its days count without a sum. */
    record Pair(WorkedSpan span, List<MemberView> members, List<Term> terms) {

        Pair {
            terms = terms.stream()
                    .sorted(Comparator.comparing(Term::from).reversed())
                    .toList();
        }

        /** The term in force on a day: the latest that starts on or before it. */
        PaymentRule ruleOn(LocalDate day) {
            return terms.stream()
                    .filter(t -> !t.from().isAfter(day))
                    .map(Term::rule)
                    .findFirst()
                    .orElse(null);
        }
    }

    /** What one mentor earns: her days of mentoring, her pairs and mentees, roubles and shares of her rate. */
    static final class Sum {
        int days;
        int daysWithoutTerm;
        final Set<Integer> pairs = new HashSet<>();
        final Set<PersonId> mentees = new HashSet<>();
        BigDecimal roubles = BigDecimal.ZERO;
        BigDecimal rateShare = BigDecimal.ZERO;
    }

    private record Earning(PersonId mentor, UUID rule) {}

    private PaymentCalculator() {}

    static Map<PersonId, Sum> calculate(OrganisationId employer, List<Pair> pairs, LocalDate from, LocalDate to) {
        Map<PersonId, Sum> sums = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            Map<Earning, BigDecimal> dayAmounts = new LinkedHashMap<>();
            Map<UUID, PaymentRule> rulesOfDay = new LinkedHashMap<>();
            Set<PersonId> worked = new HashSet<>();
            Set<PersonId> withoutTerm = new HashSet<>();
            for (int p = 0; p < pairs.size(); p++) {
                Pair pair = pairs.get(p);
                if (!pair.span().worked(day)) {
                    continue;
                }
                PaymentRule rule = pair.ruleOn(day);
                List<MemberView> mentees = on(pair.members(), MemberRole.MENTEE, day);
                for (MemberView mentor : on(pair.members(), MemberRole.MENTOR, day)) {
                    if (!employer.equals(mentor.organisationId())) {
                        continue;
                    }
                    Sum sum = sums.computeIfAbsent(mentor.personId(), k -> new Sum());
                    sum.pairs.add(p);
                    mentees.forEach(m -> sum.mentees.add(m.personId()));
                    worked.add(mentor.personId());
                    if (rule == null) {
                        withoutTerm.add(mentor.personId());
                        continue;
                    }
                    BigDecimal monthly = rule.kind() == PaymentKind.PER_MENTEE
                            ? rule.amount().multiply(BigDecimal.valueOf(mentees.size()))
                            : rule.amount();
                    rulesOfDay.put(rule.id(), rule);
                    dayAmounts.merge(new Earning(mentor.personId(), rule.id()), monthly, BigDecimal::add);
                }
            }
            worked.forEach(m -> sums.get(m).days++);
            withoutTerm.forEach(m -> sums.get(m).daysWithoutTerm++);
            BigDecimal daysInMonth = BigDecimal.valueOf(day.lengthOfMonth());
            for (Map.Entry<Earning, BigDecimal> entry : dayAmounts.entrySet()) {
                PaymentRule rule = rulesOfDay.get(entry.getKey().rule());
                Sum sum = sums.get(entry.getKey().mentor());
                BigDecimal monthly =
                        rule.cap() == null ? entry.getValue() : entry.getValue().min(rule.cap());
                BigDecimal share = monthly.divide(daysInMonth, WORK_SCALE, RoundingMode.HALF_UP);
                if (rule.kind().inRoubles()) {
                    sum.roubles = sum.roubles.add(share);
                } else {
                    sum.rateShare = sum.rateShare.add(share);
                }
            }
        }
        sums.values().forEach(s -> {
            s.roubles = s.roubles.setScale(2, RoundingMode.HALF_UP);
            s.rateShare = s.rateShare.setScale(4, RoundingMode.HALF_UP);
        });
        return sums;
    }

    /**
     * A pair's terms: those its agreement recorded, or else by default the organisation's rule in force on the pair's
     * start date, from that date (a later rule of the organisation does not change an agreement already made).
     */
    static List<Term> termsOf(LocalDate startsOn, List<Term> recorded, List<PaymentRule> rules) {
        if (!recorded.isEmpty()) {
            return recorded;
        }
        PaymentRule rule = inForce(rules, startsOn);
        return rule == null ? List.of() : List.of(new Term(startsOn, rule));
    }

    /** The organisation's rule in force on a day: the latest that starts on or before it. */
    static PaymentRule inForce(List<PaymentRule> rules, LocalDate day) {
        return rules.stream()
                .filter(r -> !r.validFrom().isAfter(day))
                .max(Comparator.comparing(PaymentRule::validFrom))
                .orElse(null);
    }

    /** Members in the role on that day; a member who left on a day no longer counts on it (her successor does). */
    private static List<MemberView> on(List<MemberView> members, MemberRole role, LocalDate day) {
        return members.stream()
                .filter(m -> m.role() == role && !day.isBefore(m.from()) && (m.to() == null || day.isBefore(m.to())))
                .toList();
    }
}
