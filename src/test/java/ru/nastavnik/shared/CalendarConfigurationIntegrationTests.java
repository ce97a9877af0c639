package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The school year is dated by the calendar the system is set up with (application.yaml ships the 2025 and 2026
 * decrees), the same one the notice rule counts by: a plan, a roadmap or a pair's term never falls on a day off the
 * Government moved.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarConfigurationIntegrationTests {

    @Autowired
    SchoolTerm term;

    @Autowired
    WorkingDays workingDays;

    @Test
    void theSchoolTermCountsTheDecreesMovedDaysOffAsTheNoticeRuleDoes() {
        LocalDate moved = LocalDate.of(2026, 12, 31);

        assertThat(SchoolTerm.STATUTORY.studyDay(moved))
                .as("a Thursday, no holiday of art. 112")
                .isTrue();
        assertThat(workingDays.working(moved)).as("the notice rule's calendar").isFalse();
        assertThat(term.studyDay(moved)).as("the school year's").isFalse();
        assertThat(term.workingOnOrAfter(moved)).isEqualTo(LocalDate.of(2027, 1, 11));
    }

    @Test
    void aDateOfTheSettingsThatDoesNotParseIsNamedWithItsProperty() {
        assertThatThrownBy(() ->
                        CalendarConfiguration.dates("nastavnik.calendar.moved-days-off", "2026-12-31, 2026-13-01"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("nastavnik.calendar.moved-days-off: «2026-13-01» is not a date (YYYY-MM-DD)");
    }

    @Test
    void theSchoolHolidaysOfTheSettingsArePeriodsOrSingleDates() {
        assertThat(CalendarConfiguration.periods(
                        "nastavnik.calendar.school-holidays", " 2026-10-31..2026-11-02 ,15.02.2027,"))
                .extracting(LocalDate::toString)
                .containsExactly("2026-10-31", "2026-11-01", "2026-11-02", "2027-02-15");
        assertThatThrownBy(() ->
                        CalendarConfiguration.periods("nastavnik.calendar.school-holidays", "2026-10-31..2027-11-02"))
                .as("a mistyped year")
                .hasMessage("nastavnik.calendar.school-holidays: «2026-10-31..2027-11-02» ends before it starts or "
                        + "lasts more than 31 days");
        assertThatThrownBy(() ->
                        CalendarConfiguration.periods("nastavnik.calendar.school-holidays", "2026-11-02..2026-10-31"))
                .hasMessageContaining("ends before it starts");
        assertThatThrownBy(() -> CalendarConfiguration.periods("nastavnik.calendar.school-holidays", "2026-10-31..."))
                .hasMessage("nastavnik.calendar.school-holidays: «2026-10-31...» is not a period "
                        + "(YYYY-MM-DD..YYYY-MM-DD)");
        assertThatThrownBy(() -> CalendarConfiguration.periods("nastavnik.calendar.school-holidays", "2026-10-31.."))
                .hasMessageContaining("is not a period");
        assertThatThrownBy(() -> CalendarConfiguration.periods("nastavnik.calendar.school-holidays", "31.02.2027"))
                .hasMessage("nastavnik.calendar.school-holidays: «31.02.2027» has a date that does not exist");
    }

    @Test
    void theSchoolHolidaysTheSystemShipsWithAreNoStudyDays() {
        // the Ministry's recommendation for 2025/26 (a four-quarter year): 25.10–02.11, 31.12–11.01, 28.03–05.04
        assertThat(term.studyDay(LocalDate.of(2025, 10, 27))).isFalse();
        assertThat(term.studyDay(LocalDate.of(2026, 3, 30))).isFalse();
        assertThat(term.studyDay(LocalDate.of(2026, 4, 6))).isTrue();
        assertThat(term.defaultEnd(LocalDate.of(2025, 12, 1)))
                .as("the school year ended on 26 May 2026")
                .isEqualTo(LocalDate.of(2026, 5, 26));
    }
}
