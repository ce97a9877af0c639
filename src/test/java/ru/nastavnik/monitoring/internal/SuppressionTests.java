package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Secondary suppression on lines of figures that add up to a total, checked by hand and by brute force. */
class SuppressionTests {

    /** One line: the parts' values (those in {@code few} hidden for one or two people) and their total "T". */
    static Set<String> withheld(Map<String, Long> parts, Set<String> few) {
        Map<String, Long> values = new HashMap<>(parts);
        values.put("T", parts.values().stream().mapToLong(Long::longValue).sum());
        List<String> cells = new ArrayList<>(parts.keySet());
        return Suppression.withheld(values, few, List.of(new Suppression.Line<>(cells, "T", Set.copyOf(cells))));
    }

    static Map<String, Long> line(Object... pairs) {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], ((Number) pairs[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void aSingleHiddenFigureIsJoinedByTheNextSmallestShownOne() {
        // 15 − 3 − 10 would give school A's 2
        assertThat(withheld(line("A", 2, "B", 3, "C", 10), Set.of("A"))).containsExactly("B");
    }

    @Test
    void theNextSmallestIsPassedOverWhenItWouldStillGiveTheHiddenOneAway() {
        // A 1 and B 3 hidden sum to 4: since B is at least 3, A could only be 1 — so C is hidden instead
        assertThat(withheld(line("A", 1, "B", 3, "C", 10), Set.of("A"))).containsExactly("C");
    }

    @Test
    void threeSchoolsOfOnePersonEachHideTheirTotal() {
        // 3 over three hidden figures of 1 or 2 makes each of them 1
        assertThat(withheld(line("A", 1, "B", 1, "C", 1), Set.of("A", "B", "C")))
                .containsExactly("T");
    }

    @Test
    void twoHiddenFiguresThatCouldBeOneAndTwoEitherWayNeedNothingMore() {
        assertThat(withheld(line("A", 1, "B", 2, "C", 10), Set.of("A", "B"))).isEmpty();
    }

    @Test
    void twoHiddenFiguresSummingToTwoAreBothOneAndAreProtected() {
        assertThat(withheld(line("A", 1, "B", 1, "C", 7), Set.of("A", "B"))).containsExactly("C");
    }

    @Test
    void aZeroIsNeverHiddenToProtectAnother() {
        assertThat(withheld(line("A", 2, "B", 0, "C", 5), Set.of("A"))).containsExactly("C");
    }

    @Test
    void aLineWithNothingHiddenHidesNothing() {
        assertThat(withheld(line("A", 4, "B", 3, "C", 5), Set.of())).isEmpty();
    }

    @Test
    void aFigureHiddenInOneLineIsProtectedInTheOtherLinesItBelongsTo() {
        // a column (A1, B1 → T1) and a row (A1, A2 → A): A1 is 1; protecting it in the column hides B1, in the row A2
        Map<String, Long> values = new HashMap<>(Map.of("A1", 1L, "B1", 5L, "T1", 6L, "A2", 4L, "A", 5L));
        List<Suppression.Line<String>> lines = List.of(
                new Suppression.Line<>(List.of("A1", "B1"), "T1", Set.of("A1", "B1")),
                new Suppression.Line<>(List.of("A1", "A2"), "A", Set.of("A1", "A2")));
        assertThat(Suppression.withheld(values, Set.of("A1"), lines)).containsExactlyInAnyOrder("B1", "A2");
    }

    @Test
    void aDistrictsTotalInTheRegionsLineIsNeverChosenButTheRegionsTotalIsHidden() {
        // the region's line: two districts' totals (shown on their own pages) and the region's own row of 2
        Map<String, Long> values = new HashMap<>(Map.of("M1", 10L, "M2", 20L, "own", 2L, "R", 32L));
        List<Suppression.Line<String>> lines =
                List.of(new Suppression.Line<>(List.of("M1", "M2", "own"), "R", Set.of("own")));
        assertThat(Suppression.withheld(values, Set.of("own"), lines)).containsExactly("R");
    }

    /**
     * Random lines, after suppression: each figure hidden for few people could still be 1 and 2 given the total, the
     * shown figures and what a reader knows of the hidden ones (1–2 for «< 3», at least 3 for «скрыто»), found by
     * trying every value.
     */
    @Test
    void noHiddenFigureOfARandomLineCanBeWorkedOutFromItsTotal() {
        Random random = new Random(42);
        for (int run = 0; run < 3000; run++) {
            int size = 2 + random.nextInt(5);
            Map<String, Long> parts = new java.util.LinkedHashMap<>();
            Set<String> few = new HashSet<>();
            for (int i = 0; i < size; i++) {
                long v = random.nextInt(3) == 0
                        ? 1 + random.nextInt(2)
                        : random.nextInt(3) == 0 ? 0 : 3 + random.nextInt(6);
                parts.put("C" + i, v);
                if (v == 1 || v == 2) {
                    few.add("C" + i);
                }
            }
            long total = parts.values().stream().mapToLong(Long::longValue).sum();
            if (total < 3) {
                continue; // the total itself counts one or two: hidden by the small-number rule
            }
            Set<String> withheld = withheld(parts, few);
            if (withheld.contains("T")) {
                continue;
            }
            long sum = parts.entrySet().stream()
                    .filter(e -> few.contains(e.getKey()) || withheld.contains(e.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .sum();
            List<String> fewCells =
                    parts.keySet().stream().filter(few::contains).toList();
            long others = parts.keySet().stream().filter(withheld::contains).count();
            for (int i = 0; i < fewCells.size(); i++) {
                for (long guess = 1; guess <= 2; guess++) {
                    assertThat(possible(fewCells.size(), i, guess, others, sum))
                            .as("%s hidden %s: %s could not be %d", parts, withheld, fewCells.get(i), guess)
                            .isTrue();
                }
            }
        }
    }

    /** Some values of the hidden figures (few: 1–2, withheld: 3 or more) sum to {@code sum} with figure i = guess. */
    private static boolean possible(int few, int i, long guess, long withheld, long sum) {
        long rest = sum - guess;
        // the other few figures take any sum between few − 1 and 2(few − 1); the withheld any of at least 3 each
        for (long others = few - 1; others <= 2L * (few - 1); others++) {
            long left = rest - others;
            if (withheld == 0 ? left == 0 : left >= 3 * withheld) {
                return true;
            }
        }
        return false;
    }
}
