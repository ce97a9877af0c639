package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.OrganisationId;

/** An area's table as seen from outside its schools: what is hidden with «< 3», and what with it. */
class DisclosureTests {

    static final OrganisationId REGION = id();
    static final OrganisationId DISTRICT = id();
    static final OrganisationId OTHER = id();

    static OrganisationId id() {
        return new OrganisationId(UUID.randomUUID());
    }

    static IndicatorTable.Row school(OrganisationId area, Map<String, Figure> figures) {
        return new IndicatorTable.Row(id(), "школа", false, figures, area);
    }

    static Map<String, Figure> total(List<IndicatorTable.Row> rows) {
        return Tally.sum(rows.stream().map(IndicatorTable.Row::figures).toList());
    }

    static Map<String, Figure> waiting(long mentees) {
        return Map.of("MENTEES_WAITING", Figure.count(mentees), "WAITING_DAYS", new Figure(10 * mentees, mentees));
    }

    @Test
    void aSchoolsHiddenWaitingCannotBeWorkedOutFromTheDistrictsTotal() {
        // the demo's district: 2 waiting in one school, 3 in the other, 5 in all
        List<IndicatorTable.Row> rows = List.of(school(DISTRICT, waiting(2)), school(DISTRICT, waiting(3)));
        Disclosure.Shown shown = Disclosure.of(DISTRICT, total(rows), rows);

        assertThat(shown.rows().get(0).figures().get("MENTEES_WAITING")).isEqualTo(Figure.FEW);
        assertThat(shown.rows().get(1).figures().get("MENTEES_WAITING")).isEqualTo(Figure.WITHHELD);
        assertThat(shown.total().get("MENTEES_WAITING")).isEqualTo(Figure.count(5));
    }

    @Test
    void theMeanWaitIsHiddenWithTheWaitingItIsTakenOver() {
        List<IndicatorTable.Row> rows = List.of(school(DISTRICT, waiting(2)), school(DISTRICT, waiting(3)));
        Disclosure.Shown shown = Disclosure.of(DISTRICT, total(rows), rows);

        // before: the days over one or two mentees were judged by the days, and 20 days over 2 were shown
        assertThat(shown.rows().get(0).figures().get("WAITING_DAYS")).isEqualTo(Figure.FEW);
        assertThat(shown.rows().get(1).figures().get("WAITING_DAYS")).isEqualTo(Figure.WITHHELD);
        assertThat(shown.total().get("WAITING_DAYS")).isEqualTo(new Figure(50, 5));
    }

    @Test
    void theMeanLoadAndTheShareOfMentorsAreHiddenWithTheMentors() {
        // two mentors, two pairs: the load 2 pairs ÷ 1.0 would give the mentors back
        Map<String, Figure> figures = Map.of(
                "MENTORS",
                Figure.count(2),
                "MENTOR_LOAD",
                new Figure(2, 2),
                "MENTORS_SHARE",
                new Figure(2, 40),
                "PAIRS",
                Figure.count(2));
        Map<String, Figure> shown = HiddenFew.hideFew(figures);

        assertThat(shown.get("MENTOR_LOAD")).isEqualTo(Figure.FEW);
        assertThat(shown.get("MENTORS_SHARE")).isEqualTo(Figure.FEW);
        assertThat(shown.get("PAIRS")).isEqualTo(Figure.count(2));
    }

    @Test
    void aNumeratorOrBaseOfOneOrTwoPeopleIsNotShownBesideAShownValue() {
        // no young teacher of two has a mentor: 0 % may be read, the two young teachers not
        assertThat(new Figure(0, 2).numbersShown(Indicator.YOUNG_WITH_MENTOR)).isFalse();
        assertThat(new Figure(3, 40).numbersShown(Indicator.YOUNG_WITH_MENTOR)).isTrue();
        assertThat(new Figure(5, 2).numbersShown(Indicator.MENTOR_LOAD)).isFalse();
        assertThat(new Figure(2, 0).numbersShown(Indicator.PAIRS)).isTrue();
        assertThat(Figure.WITHHELD.numbersShown(Indicator.MENTORS)).isFalse();
    }

    @Test
    void theCategoriesOfASchoolProtectAHiddenOneFromItsWhole() {
        Map<String, Figure> figures = new HashMap<>();
        figures.put("QUALIFICATION:HIGHEST", Figure.count(1));
        figures.put("QUALIFICATION:FIRST", Figure.count(5));
        figures.put("QUALIFICATION:METHODIST", Figure.count(7));
        figures.put("QUALIFICATION", Figure.count(13));
        List<IndicatorTable.Row> rows = List.of(school(DISTRICT, figures));
        Disclosure.Shown shown = Disclosure.of(DISTRICT, total(rows), rows);

        Map<String, Figure> row = shown.rows().get(0).figures();
        assertThat(row.get("QUALIFICATION:HIGHEST")).isEqualTo(Figure.FEW);
        assertThat(row.get("QUALIFICATION:FIRST")).isEqualTo(Figure.WITHHELD);
        assertThat(row.get("QUALIFICATION:METHODIST")).isEqualTo(Figure.count(7));
        assertThat(row.get("QUALIFICATION")).isEqualTo(Figure.count(13));
    }

    @Test
    void aDistrictHidesTheSameFiguresOfItsSchoolsInItsOwnTableAndInItsRegions() {
        List<IndicatorTable.Row> district = List.of(
                school(DISTRICT, Map.of("MENTORS", Figure.count(1))),
                school(DISTRICT, Map.of("MENTORS", Figure.count(4))),
                school(DISTRICT, Map.of("MENTORS", Figure.count(9))),
                new IndicatorTable.Row(
                        DISTRICT, "район", true, Map.of("EVENT_PARTICIPANTS", Figure.count(6)), DISTRICT));
        List<IndicatorTable.Row> other = List.of(
                school(OTHER, Map.of("MENTORS", Figure.count(2))), school(OTHER, Map.of("MENTORS", Figure.count(3))));
        List<IndicatorTable.Row> region = new java.util.ArrayList<>(district);
        region.addAll(other);
        region.add(
                new IndicatorTable.Row(REGION, "регион", true, Map.of("EVENT_PARTICIPANTS", Figure.count(2)), REGION));

        Disclosure.Shown alone = Disclosure.of(DISTRICT, total(district), district);
        Disclosure.Shown within = Disclosure.of(REGION, total(region), region);

        for (int i = 0; i < district.size(); i++) {
            assertThat(within.rows().get(i).figures())
                    .isEqualTo(alone.rows().get(i).figures());
        }
        assertThat(within.area(DISTRICT)).isEqualTo(alone.total());
        // 1 hidden with 4 beside it, as 5 − 4 would give it: the next smallest, 4, is hidden too
        assertThat(alone.rows().get(1).figures().get("MENTORS")).isEqualTo(Figure.WITHHELD);
        // the region's own 2 participants against the districts' totals: only the region's total can hide it
        assertThat(within.total().get("EVENT_PARTICIPANTS")).isEqualTo(Figure.WITHHELD);
        assertThat(within.area(DISTRICT).get("EVENT_PARTICIPANTS")).isEqualTo(Figure.count(6));
    }

    @Test
    void aMeanWaitOfNoDaysIsHiddenWhenItWouldGiveTheHiddenSchoolsWaitAway() {
        // 0 days over 5 waiting says the school of two hidden waited 0 days too
        List<IndicatorTable.Row> rows = List.of(
                school(DISTRICT, Map.of("MENTEES_WAITING", Figure.count(2), "WAITING_DAYS", new Figure(0, 2))),
                school(DISTRICT, Map.of("MENTEES_WAITING", Figure.count(3), "WAITING_DAYS", new Figure(0, 3))));
        Disclosure.Shown shown = Disclosure.of(DISTRICT, total(rows), rows);

        assertThat(shown.total().get("WAITING_DAYS")).isEqualTo(Figure.WITHHELD);
        assertThat(shown.total().get("MENTEES_WAITING")).isEqualTo(Figure.count(5));
    }
}
