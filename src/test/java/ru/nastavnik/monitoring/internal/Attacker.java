package ru.nastavnik.monitoring.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ru.nastavnik.shared.OrganisationId;

/**
 * A reader of an area's shown table who solves every sum she can take at once (not line by line): each district's
 * column into its total, the region's column into its total, and each row's parts of an indicator into its whole. A
 * «< 3» is 1 or 2 (0 to 2 among the parts of a «< 3»), a «скрыто» at least 1. She has learnt a hidden figure when only one value of it fits all sums.
 */
final class Attacker {

    private record Equation(List<Integer> vars, long sum) {}

    private final List<String> names = new ArrayList<>();
    private final List<long[]> domains = new ArrayList<>();
    private final List<Boolean> few = new ArrayList<>();
    private final List<Equation> equations = new ArrayList<>();
    /** Sums whose total is hidden too: {parts, the total's variable}. */
    private final List<Object[]> sides = new ArrayList<>();

    private List<long[]> cachedRows;

    /** The «< 3» figures whose value she can work out, named «node/key». */
    static List<String> learnt(OrganisationId top, Disclosure.Shown shown, Set<String> summedKeys) {
        Attacker a = new Attacker();
        List<Map<String, Figure>> nodes = new ArrayList<>();
        List<String> nodeNames = new ArrayList<>();
        nodes.add(shown.total());
        nodeNames.add("total");
        Map<OrganisationId, List<Integer>> districts = new LinkedHashMap<>();
        List<Integer> direct = new ArrayList<>();
        for (int i = 0; i < shown.rows().size(); i++) {
            IndicatorTable.Row r = shown.rows().get(i);
            nodes.add(r.figures());
            nodeNames.add("row" + i);
            if (r.area() == null || r.area().equals(top)) {
                direct.add(nodes.size() - 1);
            } else {
                districts.computeIfAbsent(r.area(), d -> new ArrayList<>()).add(nodes.size() - 1);
            }
        }
        Map<OrganisationId, Integer> districtNodes = new HashMap<>();
        for (OrganisationId d : districts.keySet()) {
            nodes.add(shown.area(d));
            nodeNames.add("district" + districtNodes.size());
            districtNodes.put(d, nodes.size() - 1);
        }
        Map<String, Object> cells = new HashMap<>();
        for (String key : summedKeys) {
            for (int n = 0; n < nodes.size(); n++) {
                Figure f = nodes.get(n).getOrDefault(key, Figure.ZERO);
                cells.put(n + "/" + key, a.cell(nodeNames.get(n) + "/" + key, f));
            }
        }
        for (String key : summedKeys) {
            for (Map.Entry<OrganisationId, List<Integer>> d : districts.entrySet()) {
                a.equation(cells, key, d.getValue(), districtNodes.get(d.getKey()));
            }
            List<Integer> all = new ArrayList<>(direct);
            all.addAll(districtNodes.values());
            a.equation(cells, key, all, 0);
        }
        Set<String> wholes = new TreeSet<>();
        for (String key : summedKeys) {
            if (key.contains(":")) {
                wholes.add(key.split(":", 2)[0]);
            }
        }
        for (String whole : wholes) {
            List<String> parts =
                    summedKeys.stream().filter(k -> k.startsWith(whole + ":")).toList();
            for (int n = 0; n < nodes.size(); n++) {
                List<Object> terms = new ArrayList<>();
                for (String p : parts) {
                    terms.add(cells.get(n + "/" + p));
                }
                a.equation(terms, cells.get(n + "/" + whole));
            }
        }
        return a.learnt();
    }

    /** A known value (a Long) or a variable's index (an Integer). */
    private Object cell(String name, Figure f) {
        if (!f.hidden()) {
            return f.numerator();
        }
        names.add(name);
        domains.add(f.few() ? new long[] {1, 2} : new long[] {1, 10_000});
        few.add(f.few());
        return names.size() - 1;
    }

    private void equation(Map<String, Object> cells, String key, List<Integer> parts, int total) {
        List<Object> terms = new ArrayList<>();
        for (int p : parts) {
            terms.add(cells.get(p + "/" + key));
        }
        equation(terms, cells.get(total + "/" + key));
    }

    /** parts = total; the total may be a variable (moved to the left with −1: kept as a separate list). */
    private void equation(List<Object> parts, Object total) {
        if (total instanceof Integer t && few.get(t)) {
            // every part of a line whose total is «< 3» is shown «< 3», a zero too — but a district's total is the
            // top of its own table, where it is never a part
            for (Object p : parts) {
                if (p instanceof Integer v && few.get(v) && !names.get(v).startsWith("district")) {
                    domains.get(v)[0] = 0;
                }
            }
        }
        if (total instanceof Integer) {
            List<Object> withTotal = new ArrayList<>(parts);
            // a hidden total: parts − total = 0, which we keep as two sides
            sides.add(new Object[] {withTotal, total});
            return;
        }
        long sum = (Long) total;
        List<Integer> vars = new ArrayList<>();
        for (Object p : parts) {
            if (p instanceof Integer v) {
                vars.add(v);
            } else {
                sum -= (Long) p;
            }
        }
        equations.add(new Equation(vars, sum));
    }

    private List<String> learnt() {
        List<String> learnt = new ArrayList<>();
        for (int v = 0; v < names.size(); v++) {
            if (!few.get(v)) {
                continue;
            }
            List<Long> fits = new ArrayList<>();
            for (long value = domains.get(v)[0]; value <= 2; value++) {
                if (feasible(v, value)) {
                    fits.add(value);
                }
            }
            // a zero shown «< 3» worked out as zero gives no one away (a zero is shown elsewhere)
            if (fits.size() == 1 && fits.get(0) > 0) {
                learnt.add(names.get(v) + "=" + fits.get(0));
            }
        }
        return learnt;
    }

    private boolean feasible(int var, long value) {
        long[][] d = new long[names.size()][];
        for (int i = 0; i < d.length; i++) {
            d[i] = domains.get(i).clone();
        }
        d[var] = new long[] {value, value};
        return search(d);
    }

    private boolean search(long[][] d) {
        if (!propagate(d)) {
            return false;
        }
        int branch = -1;
        for (int i = 0; i < d.length; i++) {
            if (d[i][0] < d[i][1] && (branch < 0 || d[i][1] - d[i][0] < d[branch][1] - d[branch][0])) {
                branch = i;
            }
        }
        if (branch < 0) {
            return true;
        }
        long mid = d[branch][0] + (d[branch][1] - d[branch][0]) / 2;
        long[][] low = copy(d);
        low[branch][1] = mid;
        if (search(low)) {
            return true;
        }
        long[][] high = copy(d);
        high[branch][0] = mid + 1;
        return search(high);
    }

    private static long[][] copy(long[][] d) {
        long[][] c = new long[d.length][];
        for (int i = 0; i < d.length; i++) {
            c[i] = d[i].clone();
        }
        return c;
    }

    /** Bounds narrowed by every sum until nothing moves; false when one is empty. */
    private boolean propagate(long[][] d) {
        List<long[]> rows = rows();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (long[] row : rows) {
                // row: coefficients over variables, last entry the constant: Σ c·x = k
                int n = d.length;
                long minSum = 0;
                long maxSum = 0;
                for (int i = 0; i < n; i++) {
                    long c = row[i];
                    if (c > 0) {
                        minSum += c * d[i][0];
                        maxSum += c * d[i][1];
                    } else if (c < 0) {
                        minSum += c * d[i][1];
                        maxSum += c * d[i][0];
                    }
                }
                long k = row[n];
                if (k < minSum || k > maxSum) {
                    return false;
                }
                for (int i = 0; i < n; i++) {
                    long c = row[i];
                    if (c == 0) {
                        continue;
                    }
                    long restMin = minSum - (c > 0 ? c * d[i][0] : c * d[i][1]);
                    long restMax = maxSum - (c > 0 ? c * d[i][1] : c * d[i][0]);
                    // c·x ∈ [k − restMax, k − restMin]
                    long lo = c > 0 ? ceilDiv(k - restMax, c) : ceilDiv(k - restMin, c);
                    long hi = c > 0 ? Math.floorDiv(k - restMin, c) : Math.floorDiv(k - restMax, c);
                    if (lo > d[i][0]) {
                        d[i][0] = lo;
                        changed = true;
                    }
                    if (hi < d[i][1]) {
                        d[i][1] = hi;
                        changed = true;
                    }
                    if (d[i][0] > d[i][1]) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    @SuppressWarnings("unchecked")
    private List<long[]> rows() {
        if (cachedRows != null) {
            return cachedRows;
        }
        int n = names.size();
        List<long[]> rows = new ArrayList<>();
        for (Equation e : equations) {
            long[] row = new long[n + 1];
            e.vars().forEach(v -> row[v]++);
            row[n] = e.sum();
            rows.add(row);
        }
        for (Object[] side : sides) {
            long[] row = new long[n + 1];
            for (Object p : (List<Object>) side[0]) {
                if (p instanceof Integer v) {
                    row[v]++;
                } else {
                    row[n] -= (Long) p;
                }
            }
            row[(Integer) side[1]]--;
            rows.add(row);
        }
        cachedRows = rows;
        return rows;
    }
}
