package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SchoolTermTests {

    @Test
    void aPairFormedInTheSchoolYearEndsWithItsLastStudyDayInMay() {
        assertThat(SchoolTerm.defaultEnd(LocalDate.of(2026, 12, 5))).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(SchoolTerm.defaultEnd(LocalDate.of(2026, 9, 1))).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(SchoolTerm.defaultEnd(LocalDate.of(2025, 10, 1)))
                .as("31 May 2026 is a Sunday")
                .isEqualTo(LocalDate.of(2026, 5, 29));
        assertThat(SchoolTerm.defaultEnd(LocalDate.of(2026, 6, 15)))
                .as("formed in the summer: the next school year")
                .isEqualTo(LocalDate.of(2027, 5, 31));
    }

    @Test
    void aPairFormedInSpringGoesOnAfterTheSummerForWhatItsThreeMonthsLack() {
        // 1 April to 31 May is two months: the third is September
        assertThat(SchoolTerm.defaultEnd(LocalDate.of(2027, 4, 1))).isEqualTo(LocalDate.of(2027, 10, 1));
        assertThat(SchoolTerm.defaultEnd(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2027, 9, 15));
        assertThat(SchoolTerm.defaultEnd(LocalDate.of(2026, 3, 1)))
                .as("counted from 31 May, a Sunday in 2026, not from the last study day before it")
                .isEqualTo(LocalDate.of(2026, 9, 1));
    }

    @Test
    void everyDefaultTermIsWithinTheRegulationsThreeMonthsToAYearAndEndsOnAStudyDay() {
        for (LocalDate start = LocalDate.of(2025, 1, 1); start.getYear() < 2029; start = start.plusDays(1)) {
            LocalDate end = SchoolTerm.defaultEnd(start);
            assertThat(end).as("from %s", start).isBetween(start.plusMonths(3), start.plusYears(1));
            assertThat(SchoolTerm.studyDay(end)).as("%s from %s", end, start).isTrue();
        }
    }

    @Test
    void studyDaysAreTheWorkingDaysFromSeptemberToMay() {
        assertThat(SchoolTerm.studyDay(LocalDate.of(2027, 5, 31))).isTrue();
        assertThat(SchoolTerm.studyDay(LocalDate.of(2027, 6, 1))).as("summer").isFalse();
        assertThat(SchoolTerm.studyDay(LocalDate.of(2027, 8, 31))).as("summer").isFalse();
        assertThat(SchoolTerm.studyDay(LocalDate.of(2026, 12, 5)))
                .as("Saturday")
                .isFalse();
        assertThat(SchoolTerm.studyDay(LocalDate.of(2027, 1, 5)))
                .as("New Year holidays")
                .isFalse();
        assertThat(SchoolTerm.studyDay(LocalDate.of(2026, 11, 4)))
                .as("Day of National Unity")
                .isFalse();
        assertThat(SchoolTerm.studyDays(LocalDate.of(2027, 6, 1), LocalDate.of(2027, 8, 31)))
                .isEmpty();
    }
}
