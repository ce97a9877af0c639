package ru.nastavnik.mentorship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/**
 * The mentoring payment of each mentor for a period, day by day: a day counts when the pair worked (started, not
 * paused, not ended); the rule in force that day gives the monthly amount — per pair, or per mentee that day — of
 * which the day earns its share of the month (pro rata for a start, a pause and an end within it); the rule's cap
 * bounds a mentor's monthly amount, day by day alike. Only the organisation's own employees are paid by it.
 */
final class PaymentCalculator {

    private static final int WORK_SCALE = 10;

    record Pair(WorkedSpan span, List<MemberView> members) {
    }

    /** What one mentor earns: her days of mentoring, her pairs and mentees, roubles and shares of her rate. */
    static final class Sum {
        int days;
        final Set<Integer> pairs = new HashSet<>();
        final Set<PersonId> mentees = new HashSet<>();
        BigDecimal roubles = BigDecimal.ZERO;
        BigDecimal rateShare = BigDecimal.ZERO;
    }

    private PaymentCalculator() {
    }

    static Map<PersonId, Sum> calculate(OrganisationId employer, List<Pair> pairs, List<PaymentRule> rules, LocalDate from,
            LocalDate to) {
        List<PaymentRule> ordered = rules.stream().sorted(Comparator.comparing(PaymentRule::validFrom).reversed()).toList();
        Map<PersonId, Sum> sums = new LinkedHashMap<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            PaymentRule rule = inForce(ordered, day);
            Map<PersonId, BigDecimal> dayAmounts = new LinkedHashMap<>();
            for (int p = 0; p < pairs.size(); p++) {
                Pair pair = pairs.get(p);
                if (!pair.span().worked(day)) {
                    continue;
                }
                List<MemberView> mentees = on(pair.members(), MemberRole.MENTEE, day);
                for (MemberView mentor : on(pair.members(), MemberRole.MENTOR, day)) {
                    if (!employer.equals(mentor.organisationId())) {
                        continue;
                    }
                    Sum sum = sums.computeIfAbsent(mentor.personId(), k -> new Sum());
                    sum.pairs.add(p);
                    mentees.forEach(m -> sum.mentees.add(m.personId()));
                    if (rule != null) {
                        BigDecimal monthly = rule.kind() == PaymentKind.PER_MENTEE
                                ? rule.amount().multiply(BigDecimal.valueOf(mentees.size())) : rule.amount();
                        dayAmounts.merge(mentor.personId(), monthly, BigDecimal::add);
                    } else {
                        dayAmounts.putIfAbsent(mentor.personId(), BigDecimal.ZERO);
                    }
                }
            }
            BigDecimal daysInMonth = BigDecimal.valueOf(day.lengthOfMonth());
            for (Map.Entry<PersonId, BigDecimal> entry : dayAmounts.entrySet()) {
                Sum sum = sums.get(entry.getKey());
                sum.days++;
                if (rule == null) {
                    continue;
                }
                BigDecimal monthly = rule.cap() == null ? entry.getValue() : entry.getValue().min(rule.cap());
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

    /** The rule in force on a day: the latest that starts on or before it. */
    static PaymentRule inForce(List<PaymentRule> latestFirst, LocalDate day) {
        return latestFirst.stream().filter(r -> !r.validFrom().isAfter(day)).findFirst().orElse(null);
    }

    /** Members in the role on that day; a member who left on a day no longer counts on it (her successor does). */
    private static List<MemberView> on(List<MemberView> members, MemberRole role, LocalDate day) {
        return members.stream().filter(m -> m.role() == role && !day.isBefore(m.from())
                && (m.to() == null || day.isBefore(m.to()))).toList();
    }
}
