package ru.nastavnik.roadmap.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.SchoolTerm;

class LateStartTests {

    private static final SchoolYear YEAR = new SchoolYear(2026);

    private static final SchoolTerm TERM = SchoolTerm.STATUTORY;

    private static final List<DefaultRoadmap.Item> ITEMS = List.of(
            item(1, 9, 30),
            item(2, 10, 15),
            item(5, 11, 15),
            item(5, 12, 15),
            item(4, 12, 20),
            item(6, 5, 15),
            item(6, 5, 31),
            item(7, 6, 30));

    @Test
    void aPlanMadeBeforeTheYearKeepsTheUsualDeadlines() {
        assertThat(LateStart.deadlines(ITEMS, YEAR, LocalDate.of(2026, 8, 20), TERM))
                .extracting(LocalDate::toString)
                .startsWith("2026-09-30", "2026-10-15")
                .endsWith("2027-05-31", "2027-06-30");
        assertThat(LateStart.deadlines(ITEMS, YEAR, LocalDate.of(2026, 9, 1), TERM))
                .isEqualTo(ITEMS.stream().map(i -> i.deadline(YEAR)).toList());
    }

    @Test
    void aPlanMadeInDecemberStartsItsOpeningStagesFromTodayInTheirOrderAndKeepsMay() {
        List<LocalDate> due = LateStart.deadlines(ITEMS, YEAR, LocalDate.of(2026, 12, 5), TERM);

        assertThat(due.get(0))
                .as("29 days after 5 December is 3 January, in the New Year holidays")
                .isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(due.subList(0, 5)).isSorted().allSatisfy(d -> assertThat(d).isBefore(LocalDate.of(2027, 5, 1)));
        assertThat(due.get(3))
                .as("the programmes about a month after the pairs' order, on a working day")
                .isEqualTo(LocalDate.of(2027, 3, 22))
                .isBetween(due.get(2).plusDays(28), due.get(2).plusDays(35));
        assertThat(due.subList(5, 8))
                .as("the closing stages keep their usual dates")
                .extracting(LocalDate::toString)
                .containsExactly("2027-05-15", "2027-05-31", "2027-06-30");
        assertThat(due.subList(0, 5))
                .allSatisfy(d -> assertThat(TERM.workingOnOrAfter(d)).isEqualTo(d));
    }

    @Test
    void aPlanMadeInSpringSqueezesTheOpeningStagesBeforeMayAndNothingIsDueWithinAWeek() {
        LocalDate today = LocalDate.of(2027, 3, 1);
        List<LocalDate> due = LateStart.deadlines(ITEMS, YEAR, today, TERM);

        assertThat(due.subList(0, 5))
                .isSorted()
                .allSatisfy(d -> assertThat(d).isBetween(today.plusDays(7), LocalDate.of(2027, 4, 30)));
        assertThat(LateStart.deadlines(ITEMS, YEAR, LocalDate.of(2027, 4, 28), TERM)
                        .subList(0, 5))
                .as("at the end of April: a week from today at the soonest")
                .allSatisfy(d -> assertThat(d).isAfterOrEqualTo(LocalDate.of(2027, 5, 5)));
        assertThat(LateStart.deadlines(ITEMS, YEAR, LocalDate.of(2027, 8, 25), TERM))
                .as("from May the year is closing: the usual dates")
                .isEqualTo(ITEMS.stream().map(i -> i.deadline(YEAR)).toList());
    }

    private static DefaultRoadmap.Item item(int stage, int month, int day) {
        return new DefaultRoadmap.Item(stage, "мероприятие", null, MonthDay.of(month, day));
    }
}
