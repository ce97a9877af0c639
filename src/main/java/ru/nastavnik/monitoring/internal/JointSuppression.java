package ru.nastavnik.monitoring.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Suppression checked against every sum at once, not line by line. A reader who solves all the sums of a table
 * together — a region's column over its districts' totals, each district's over its schools, each row's categories
 * into its whole — can work out a «< 3» that every single line protects (the walk's region: two districts' hidden
 * totals, the region's total beside them). The sums of an indicator table are the conservation of a flow: each figure
 * is an arc from the sum it is a part of to the sum it is the total of (or back, for a row's parts into its whole),
 * shown figures fixed, a «< 3» between 1 and 2 (0 and 2 among the parts of a «< 3», where zeros are shown «< 3» too),
 * a «скрыто» at least 1. Such a system has integer solutions at its bounds (a network matrix), so a hidden figure could
 * be other than it is exactly when some cycle through it can carry one unit more or less: a path back from its head to
 * its tail (or on) over hidden arcs with room that way. Where there is none, the cheapest set of shown figures that
 * would open one is hidden too (fewest, then smallest); a «< 3» of the area's own may be shown «скрыто» instead, which
 * says less (two districts' «< 3» under a region's «< 3» are both 1; under «скрыто» they may be anything).
 *
 * @param <C> a cell: an organisation's figure under one line key
 */
final class JointSuppression<C> {

    private record Arc<C>(C cell, int from, int to) {}

    private final Map<String, Integer> nodes = new HashMap<>();
    private final Map<C, Arc<C>> arcs = new LinkedHashMap<>();
    private final List<List<Arc<C>>> touching = new ArrayList<>();

    private Map<C, Long> values = Map.of();
    private Set<C> few = Set.of();
    private Set<C> zeroable = Set.of();
    private Set<C> candidates = Set.of();
    private final Set<C> hidden = new HashSet<>();

    /** How many «< 3» the last call could not protect (no candidate opens a cycle through them). */
    int unprotected;

    /** The figure {@code cell} is a part of the sum {@code from} and the total of {@code to} (or the reverse). */
    void arc(C cell, String from, String to) {
        Arc<C> arc = new Arc<>(cell, node(from), node(to));
        arcs.put(cell, arc);
        touching.get(arc.from()).add(arc);
        touching.get(arc.to()).add(arc);
    }

    private int node(String name) {
        return nodes.computeIfAbsent(name, n -> {
            touching.add(new ArrayList<>());
            return touching.size() - 1;
        });
    }

    /**
     * The cells to show «скрыто» beyond {@code withheld}, chosen among {@code candidates}, so that no count of one or
     * two people ({@code few}) has a single value that fits every sum. A cell of {@code zeroable} may be 0 to the
     * reader. A cell that no candidate can protect stays as it is (counted in {@link #unprotected}).
     */
    Set<C> withheld(Map<C, Long> values, Set<C> few, Set<C> zeroable, Set<C> withheld, Set<C> candidates) {
        this.values = values;
        this.few = few;
        this.zeroable = zeroable;
        this.candidates = candidates;
        hidden.clear();
        hidden.addAll(withheld);
        Set<C> added = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            unprotected = 0;
            for (Arc<C> arc : arcs.values()) {
                List<C> opening = protect(arc);
                if (opening == null) {
                    unprotected++;
                } else if (!opening.isEmpty()) {
                    hidden.addAll(opening);
                    added.addAll(opening);
                    changed = true;
                }
            }
        }
        return added;
    }

    /** What to hide so that the cell is not learnt: nothing when it is safe, null when nothing would do. */
    private List<C> protect(Arc<C> arc) {
        long value = value(arc.cell());
        if (!few.contains(arc.cell()) || value == 0) {
            return List.of();
        }
        boolean up = value < high(arc.cell());
        boolean down = value > low(arc.cell());
        if (up && reachable(arc, arc.to(), arc.from()) || down && reachable(arc, arc.from(), arc.to())) {
            return List.of();
        }
        List<C> opening = cheapestOpening(arc, arc.to(), arc.from(), true);
        return opening != null ? opening : cheapestOpening(arc, arc.from(), arc.to(), false);
    }

    private boolean shownAsHidden(C cell) {
        return hidden.contains(cell) || few.contains(cell);
    }

    private long low(C cell) {
        if (hidden.contains(cell)) {
            return 1;
        }
        return zeroable.contains(cell) ? 0 : 1;
    }

    private long high(C cell) {
        return hidden.contains(cell) ? Long.MAX_VALUE : 2;
    }

    /** Whether {@code end} is reached from {@code start} over hidden arcs with room, {@code skip} left out. */
    private boolean reachable(Arc<C> skip, int start, int end) {
        boolean[] seen = new boolean[touching.size()];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        seen[start] = true;
        while (!queue.isEmpty()) {
            int at = queue.poll();
            if (at == end) {
                return true;
            }
            for (Arc<C> arc : touching.get(at)) {
                if (arc == skip || !shownAsHidden(arc.cell())) {
                    continue;
                }
                int next = step(arc, at, low(arc.cell()), high(arc.cell()));
                if (next >= 0 && !seen[next]) {
                    seen[next] = true;
                    queue.add(next);
                }
            }
        }
        return false;
    }

    /** Where the arc leads from {@code at} with room for one unit within its bounds; -1 when it has none that way. */
    private int step(Arc<C> arc, int at, long low, long high) {
        long value = value(arc.cell());
        if (arc.from() == at && value < high) {
            return arc.to();
        }
        if (arc.to() == at && value > low) {
            return arc.from();
        }
        return -1;
    }

    /**
     * The figures to show «скрыто» on the cheapest path that would open a cycle ({@code up}: one more through
     * {@code skip}); null when none can. A figure opened takes the bounds of «скрыто».
     */
    private List<C> cheapestOpening(Arc<C> skip, int start, int end, boolean up) {
        if (up ? value(skip.cell()) >= high(skip.cell()) : value(skip.cell()) <= low(skip.cell())) {
            return null;
        }
        long[] cost = new long[touching.size()];
        Arrays.fill(cost, Long.MAX_VALUE);
        @SuppressWarnings("unchecked")
        Arc<C>[] via = new Arc[touching.size()];
        boolean[] opened = new boolean[touching.size()];
        cost[start] = 0;
        PriorityQueue<long[]> queue = new PriorityQueue<>((a, b) -> Long.compare(a[0], b[0]));
        queue.add(new long[] {0, start});
        while (!queue.isEmpty()) {
            long[] head = queue.poll();
            int at = (int) head[1];
            if (head[0] > cost[at] || at == end) {
                continue;
            }
            for (Arc<C> arc : touching.get(at)) {
                if (arc == skip) {
                    continue;
                }
                C cell = arc.cell();
                if (shownAsHidden(cell)) {
                    relax(arc, at, step(arc, at, low(cell), high(cell)), cost[at], false, cost, via, opened, queue);
                }
                if (!hidden.contains(cell) && candidates.contains(cell) && value(cell) > 0) {
                    // fewer figures hidden first, then the smaller ones
                    long c = cost[at] + 1_000_000 + value(cell);
                    relax(arc, at, step(arc, at, 1, Long.MAX_VALUE), c, true, cost, via, opened, queue);
                }
            }
        }
        if (cost[end] == Long.MAX_VALUE) {
            return null;
        }
        List<C> opening = new ArrayList<>();
        int at = end;
        while (at != start) {
            Arc<C> arc = via[at];
            if (opened[at]) {
                opening.add(arc.cell());
            }
            at = arc.from() == at ? arc.to() : arc.from();
        }
        return opening;
    }

    private void relax(
            Arc<C> arc,
            int at,
            int next,
            long c,
            boolean opening,
            long[] cost,
            Arc<C>[] via,
            boolean[] opened,
            PriorityQueue<long[]> queue) {
        if (next >= 0 && c < cost[next]) {
            cost[next] = c;
            via[next] = arc;
            opened[next] = opening;
            queue.add(new long[] {c, next});
        }
    }

    private long value(C cell) {
        return values.getOrDefault(cell, 0L);
    }
}
