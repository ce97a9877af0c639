package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Secondary (complementary) suppression. The small-number rule hides a count of one or two people («< 3»); but where
 * such a count is one of several figures summed into a shown total (the schools of a district into the district's
 * total, the categories of a school into its whole), the total less the shown figures gives it back. So, line by line,
 * further figures are hidden until no hidden one can be worked out:
 * <ul>
 * <li>a reader knows that a figure hidden for few people is 1 or 2, and that one hidden to protect it is at least 3
 * (it is shown as «скрыто», not «< 3»); a line whose total is shown tells her the sum of its hidden figures;</li>
 * <li>a line is safe when each figure hidden for few people could be 1 as well as 2 given that sum: with {@code k} of
 * them and {@code m} others hidden, the sum {@code d} must be at least {@code k + 1 + 3m}, and when no other is hidden
 * at most {@code 2k - 1} (two hidden cells summing to 2 are both 1);</li>
 * <li>while a line is not safe, the smallest shown non-zero figure that makes it safe is hidden too (the smallest, if
 * none alone does, and the line is looked at again); when it has none left to hide, its total is hidden;</li>
 * <li>a figure hidden in one line is hidden in every line it belongs to, so the lines are gone through again until
 * nothing changes. Hiding a figure of at least 3 never makes a safe line unsafe.</li>
 * </ul>
 * Zero is never hidden to protect another: a hidden zero would give the other away (the sum less nothing).
 *
 * @param <C> a cell: an organisation's figure under one line key
 */
final class Suppression<C> {

    /**
     * Figures that add up to a total. {@code candidates}: those of the parts that may be hidden to protect another (not
     * a district's total within its region's line: the district's own page shows it).
     */
    record Line<C>(List<C> parts, C total, Set<C> candidates) {}

    private final Map<C, Long> values;
    private final Set<C> few;
    private final Set<C> withheld = new HashSet<>();

    private Suppression(Map<C, Long> values, Set<C> few) {
        this.values = values;
        this.few = few;
    }

    /**
     * The cells to hide beside those hidden for few people, so that no line gives a hidden one away.
     *
     * @param values each cell's count (absent: zero)
     * @param few    the cells hidden for counting one or two people
     * @param lines  in the order they are gone through (the same lines in the same order give the same cells)
     */
    static <C> Set<C> withheld(Map<C, Long> values, Set<C> few, List<Line<C>> lines) {
        return withheld(values, few, Set.of(), lines);
    }

    /** As above, beside {@code given}: figures already hidden (the districts' own, seen in their region's table). */
    static <C> Set<C> withheld(Map<C, Long> values, Set<C> few, Set<C> given, List<Line<C>> lines) {
        Suppression<C> s = new Suppression<>(values, few);
        s.withheld.addAll(given);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Line<C> line : lines) {
                changed |= s.protect(line);
            }
        }
        return s.withheld;
    }

    /** Hides what the line needs hidden; true when anything was. */
    private boolean protect(Line<C> line) {
        boolean changed = false;
        while (!safe(line)) {
            List<C> shown = new ArrayList<>();
            for (C part : line.parts()) {
                if (line.candidates().contains(part) && !hidden(part) && value(part) > 0) {
                    shown.add(part);
                }
            }
            if (shown.isEmpty()) {
                withheld.add(line.total());
                return true;
            }
            // the smallest first; among equals, the first in the line
            shown.sort(Comparator.comparingLong(this::value));
            C chosen = shown.get(0);
            for (C candidate : shown) {
                withheld.add(candidate);
                boolean enough = safe(line);
                withheld.remove(candidate);
                if (enough) {
                    chosen = candidate;
                    break;
                }
            }
            withheld.add(chosen);
            changed = true;
        }
        return changed;
    }

    boolean safe(Line<C> line) {
        if (hidden(line.total())) {
            return true;
        }
        long k = 0;
        long m = 0;
        long sum = 0;
        for (C part : line.parts()) {
            if (few.contains(part)) {
                k++;
                sum += value(part);
            } else if (withheld.contains(part)) {
                m++;
                sum += value(part);
            }
        }
        return safe(k, m, sum);
    }

    /** {@code k} cells of 1 or 2 and {@code m} of at least 3 summing to {@code sum}: can each of the k be 1 and 2? */
    static boolean safe(long k, long m, long sum) {
        if (k == 0) {
            return true;
        }
        return sum >= k + 1 + 3 * m && (m > 0 || sum <= 2 * k - 1);
    }

    private boolean hidden(C cell) {
        return few.contains(cell) || withheld.contains(cell);
    }

    private long value(C cell) {
        return values.getOrDefault(cell, 0L);
    }
}
