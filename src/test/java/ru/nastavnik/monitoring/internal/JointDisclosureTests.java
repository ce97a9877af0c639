package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.OrganisationId;

/**
 * What a reader learns by solving all the sums of a shown table together — a region's sheet of schools beside its
 * districts' totals, each school's qualification categories beside its whole — and not line by line.
 */
class JointDisclosureTests {

    static final List<String> CATEGORIES =
            List.of("QUALIFICATION:HIGHEST", "QUALIFICATION:FIRST", "QUALIFICATION:MENTOR");

    static Map<String, Figure> qualification(long... counts) {
        Map<String, Figure> figures = new HashMap<>();
        long whole = 0;
        for (int i = 0; i < counts.length; i++) {
            figures.put(CATEGORIES.get(i), Figure.count(counts[i]));
            whole += counts[i];
        }
        figures.put("QUALIFICATION", Figure.count(whole));
        // a count without parts beside it: the mentors
        figures.put("MENTORS", Figure.count(counts.length > 0 ? (counts[0] * 7 + whole) % 6 : 0));
        return figures;
    }

    static Set<String> keys() {
        Set<String> keys = new LinkedHashSet<>(CATEGORIES);
        keys.add("QUALIFICATION");
        keys.add("MENTORS");
        return keys;
    }

    @Test
    void aRegionsSheetOfTwoSchoolsInOneDistrictGivesNoCategoryAway() {
        // the walk's demo: «Педагог-наставник» 2 and 2 hidden, the region's 4 forced 2 + 2, the rows the rest
        OrganisationId region = DisclosureTests.id();
        OrganisationId district = DisclosureTests.id();
        List<IndicatorTable.Row> rows = List.of(
                DisclosureTests.school(district, qualification(3, 3, 2)),
                DisclosureTests.school(district, qualification(1, 1, 2)));
        Disclosure.Shown shown = Disclosure.of(region, DisclosureTests.total(rows), rows);

        assertThat(Attacker.learnt(region, shown, keys())).isEmpty();
        // the district's 4 over two «< 3» would force 2 + 2: the region's total is not shown beside it
        assertThat(shown.total().get("QUALIFICATION:MENTOR").hidden()).isTrue();
    }

    @Test
    void zerosBesideAHiddenTotalOfTwoAreShownAsFewToo() {
        // one of the highest category and one «педагог-наставник» of two: shown 1, 0, 1 each would be read off
        OrganisationId district = DisclosureTests.id();
        List<IndicatorTable.Row> rows = List.of(
                DisclosureTests.school(district, qualification(1, 0, 1)),
                DisclosureTests.school(district, qualification(7, 3, 6)));
        Disclosure.Shown shown = Disclosure.of(district, DisclosureTests.total(rows), rows);

        assertThat(shown.rows().get(0).figures().get("QUALIFICATION:FIRST")).isEqualTo(Figure.FEW);
        assertThat(Attacker.learnt(district, shown, keys())).isEmpty();
    }

    @Test
    void noRandomRegionGivesAHiddenCountAway() {
        Random random = new Random(20261207);
        List<String> failures = new ArrayList<>();
        for (int trial = 0; trial < 3000 && failures.size() < 5; trial++) {
            OrganisationId region = DisclosureTests.id();
            List<IndicatorTable.Row> rows = new ArrayList<>();
            int districts = 1 + random.nextInt(2);
            for (int d = 0; d < districts; d++) {
                OrganisationId district = DisclosureTests.id();
                int schools = 1 + random.nextInt(3);
                for (int s = 0; s < schools; s++) {
                    rows.add(DisclosureTests.school(
                            district, qualification(small(random), small(random), small(random))));
                }
            }
            if (random.nextBoolean()) {
                rows.add(DisclosureTests.school(region, qualification(small(random), small(random), small(random))));
            }
            Disclosure.Shown shown = Disclosure.of(region, DisclosureTests.total(rows), rows);
            List<String> learnt = Attacker.learnt(region, shown, keys());
            if (!learnt.isEmpty()) {
                failures.add(describe(rows) + " → " + learnt);
            }
        }
        assertThat(failures).isEmpty();
    }

    private static long small(Random random) {
        int r = random.nextInt(10);
        return r < 2 ? 0 : r < 6 ? 1 + random.nextInt(2) : 3 + random.nextInt(5);
    }

    private static String describe(List<IndicatorTable.Row> rows) {
        StringBuilder b = new StringBuilder();
        for (IndicatorTable.Row r : rows) {
            b.append("[").append(r.area().value().toString(), 0, 4).append(":");
            for (String c : CATEGORIES) {
                b.append(r.figures().get(c).numerator()).append(",");
            }
            b.append("m").append(r.figures().get("MENTORS").numerator());
            b.append("]");
        }
        return b.toString();
    }
}
