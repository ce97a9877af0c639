package ru.nastavnik.monitoring.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The figures an area's table hides beyond the small-number rule, decided together: secondary suppression line by
 * line ({@link Suppression}), then against all sums at once ({@link JointSuppression}); and zeros shown «< 3». A zero
 * among the parts of a line whose total is «< 3» is shown «< 3» too — otherwise a total of 2 over parts shown 1, 0 and
 * «< 3», «< 3» gives both away as 1. Where a «< 3» of the area's own must be shown «скрыто» to protect others, the
 * zeros beneath it are shown again (a «скрыто» may be any number, so its parts cannot be taken for its own).
 */
final class Masking {

    record Outcome<C>(Set<C> withheld, Set<C> masked) {}

    private Masking() {}

    /**
     * @param few      the cells hidden for one or two people
     * @param given    the cells already «скрыто» (a district's, decided in its own table)
     * @param own      whether a cell is the area's own to decide (not a district's)
     * @param lines    the area's own lines (its column, its own rows' parts)
     * @param inner    the districts' lines, as their own tables decided them
     */
    static <C> Outcome<C> decide(
            Map<C, Long> values,
            Set<C> few,
            Set<C> given,
            Predicate<C> own,
            List<Suppression.Line<C>> lines,
            List<Suppression.Line<C>> inner,
            JointSuppression<C> network) {
        Set<C> remarked = new HashSet<>();
        while (true) {
            Set<C> shownFew = new HashSet<>(few);
            shownFew.removeAll(remarked);
            Set<C> masked = mask(values, shownFew, own, lines);
            Set<C> zeroable = new HashSet<>();
            for (Suppression.Line<C> line : lines) {
                if (shownFew.contains(line.total())) {
                    line.parts().stream()
                            .filter(p -> shownFew.contains(p) && own.test(p))
                            .forEach(zeroable::add);
                }
            }
            for (Suppression.Line<C> line : inner) {
                if (shownFew.contains(line.total())) {
                    line.parts().stream().filter(shownFew::contains).forEach(zeroable::add);
                }
            }
            Set<C> counted = new HashSet<>(shownFew);
            counted.removeAll(masked);
            Set<C> before = new HashSet<>(given);
            before.addAll(remarked);
            Set<C> withheld = new HashSet<>(Suppression.withheld(values, counted, before, lines));
            Set<C> protectedCells = new HashSet<>(shownFew);
            protectedCells.addAll(remarked);
            Set<C> candidates = new HashSet<>(values.keySet());
            candidates.removeIf(own.negate());
            Set<C> added = network.withheld(values, protectedCells, zeroable, withheld, candidates);
            withheld.addAll(added);
            added.retainAll(shownFew);
            if (added.isEmpty()) {
                return new Outcome<>(withheld, masked);
            }
            remarked.addAll(added);
        }
    }

    /** The zeros to show «< 3»: the area's own parts of a line whose total is «< 3» (or such a zero), added to few. */
    private static <C> Set<C> mask(Map<C, Long> values, Set<C> few, Predicate<C> own, List<Suppression.Line<C>> lines) {
        Set<C> masked = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Suppression.Line<C> line : lines) {
                if (few.contains(line.total())) {
                    for (C part : line.parts()) {
                        if (own.test(part) && values.getOrDefault(part, 0L) == 0 && few.add(part)) {
                            masked.add(part);
                            changed = true;
                        }
                    }
                }
            }
        }
        return masked;
    }
}
