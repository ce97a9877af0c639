package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolTermTests {

    private static final SchoolTerm TERM = SchoolTerm.STATUTORY;

    @Test
    void aPairFormedInTheSchoolYearEndsWithItsLastStudyDayInMay() {
        assertThat(TERM.defaultEnd(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(TERM.defaultEnd(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(TERM.defaultEnd(LocalDate.of(2025, 10, 1)))
                .as("31 May 2026 is a Sunday")
                .isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(TERM.defaultEnd(LocalDate.of(2026, 6, 15)))
                .as("formed in the summer: the next school year")
                .isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void aPairFormedInSpringGoesOnAfterTheSummerForWhatItsThreeMonthsLack() {
        // 1 April to 31 May is two months: the third is September
        assertThat(TERM.defaultEnd(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(TERM.defaultEnd(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 9, 15));
        assertThat(TERM.defaultEnd(LocalDate.of(2026, 3, 1)))
                .as("counted from 31 May, a Sunday in 2026, not from the last study day before it")
                .isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void everyDefaultTermIsWithinTheRegulationsThreeMonthsToAYearAndEndsOnAStudyDay() {
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.getYear() < 2029; start = start.plusDays(1)) {
            LocalDate end = TERM.defaultEnd(start);
            assertThat(end).as("from %s", start).isBetween(start.plusMonths(3), start.plusYears(1));
            assertThat(TERM.studyDay(end)).as("%s from %s", end, start).isTrue();
        }
    }

    @Test
    void studyDaysAreTheWorkingDaysFromSeptemberToMay() {
        assertThat(TERM.studyDay(LocalDate.of(2027, 5, 31))).isTrue();
        assertThat(TERM.studyDay(LocalDate.of(2027, 6, 1))).as("summer").isFalse();
        assertThat(TERM.studyDay(LocalDate.of(2027, 8, 31))).as("summer").isFalse();
        assertThat(TERM.studyDay(LocalDate.of(2026, 12, 5))).as("Saturday").isFalse();
        assertThat(TERM.studyDay(LocalDate.of(2027, 1, 5)))
                .as("New Year holidays")
                .isFalse();
        assertThat(TERM.studyDay(LocalDate.of(2026, 11, 4)))
                .as("Day of National Unity")
                .isFalse();
        assertThat(TERM.studyDays(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31)))
                .isEmpty();
    }

    @Test
    void theDaysOffADecreeMovesAreNoStudyDaysAndItsWorkingSaturdaysAre() {
        // the 2026 decree moves the day off of Saturday 3 January to Thursday 31 December
        SchoolTerm term = new SchoolTerm(
                WorkingDays.russian(
                        java.util.List.of(LocalDate.of(2026, 12, 31)), java.util.List.of(LocalDate.of(2027, 3, 13))),
                java.util.List.of());

        assertThat(TERM.studyDay(LocalDate.of(2026, 12, 31)))
                .as("by art. 112 alone")
                .isTrue();
        assertThat(term.studyDay(LocalDate.of(2026, 12, 31)))
                .as("moved by the decree")
                .isFalse();
        assertThat(term.workingOnOrAfter(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(term.studyDay(LocalDate.of(2027, 3, 13)))
                .as("a working Saturday")
                .isTrue();
        assertThat(term.studyDays(LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 12)))
                .extracting(LocalDate::toString)
                .containsExactly("2026-12-28", "2026-12-29", "2026-12-30", "2027-01-11", "2027-01-12");
    }

    @Test
    void thePupilsHolidaysAreNoStudyDaysThoughTheTeachersWorkInThem() {
        // the autumn holidays of 2026/27 as a region might set them, and the summer from 27 May
        SchoolTerm term = new SchoolTerm(
                WorkingDays.russian(java.util.List.of(), java.util.List.of()),
                java.util.stream.Stream.concat(
                                LocalDate.of(2026, 10, 24).datesUntil(LocalDate.of(2026, 11, 2)),
                                LocalDate.of(2027, 5, 27).datesUntil(LocalDate.of(2027, 6, 1)))
                        .toList());

        assertThat(term.studyDay(LocalDate.of(2026, 10, 26)))
                .as("a Monday of the holidays")
                .isFalse();
        assertThat(term.studyDays(LocalDate.of(2026, 10, 22), LocalDate.of(2026, 11, 6)))
                .extracting(LocalDate::toString)
                .as("4 November is a public holiday besides")
                .containsExactly("2026-10-22", "2026-10-23", "2026-11-02", "2026-11-03", "2026-11-05", "2026-11-06");
        assertThat(term.workingOnOrAfter(LocalDate.of(2026, 10, 26)))
                .as("a roadmap's deadline may fall in them: the teachers work")
                .isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(term.defaultEnd(LocalDate.of(2026, 12, 5)))
                .as("the school year ends on 26 May when the summer starts on 27")
                .isEqualTo(LocalDate.of(2027, 5, 26));
    }

    @Test
    void holidaysAreKnownForASchoolYearOnlyIfOneOfTheirDaysLiesInIt() {
        SchoolTerm term = new SchoolTerm(
                WorkingDays.russian(java.util.List.of(), java.util.List.of()),
                java.util.List.of(LocalDate.of(2025, 10, 27)));

        assertThat(term.holidaysKnownFor(LocalDate.of(2026, 3, 1))).isTrue();
        assertThat(term.holidaysKnownFor(LocalDate.of(2026, 7, 1)))
                .as("the next school year's summer")
                .isFalse();
        assertThat(term.holidaysKnownFor(LocalDate.of(2026, 12, 6))).isFalse();
        assertThat(SchoolTerm.STATUTORY.holidaysKnownFor(LocalDate.of(2026, 3, 1)))
                .isFalse();
    }
}
