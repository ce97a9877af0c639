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
}
