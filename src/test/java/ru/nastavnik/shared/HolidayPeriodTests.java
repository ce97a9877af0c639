package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayPeriodTests {

    private static final HolidayPeriod AUTUMN =
            new HolidayPeriod(LocalDate.of(2026, 10, 24), LocalDate.of(2026, 11, 1));

    @Test
    void aPeriodIsReadAsASchoolsCalendarOrTheSettingsWriteIt() {
        assertThat(HolidayPeriod.parse("24.10.2026–01.11.2026")).isEqualTo(AUTUMN);
        assertThat(HolidayPeriod.parse("24.10.2026 - 01.11.2026")).isEqualTo(AUTUMN);
        assertThat(HolidayPeriod.parse("24.10.2026-1.11.2026")).isEqualTo(AUTUMN);
        assertThat(HolidayPeriod.parse("с 24.10.2026 по 01.11.2026")).isEqualTo(AUTUMN);
        assertThat(HolidayPeriod.parse("2026-10-24..2026-11-01")).isEqualTo(AUTUMN);
        assertThat(HolidayPeriod.parse(" 23.02.2027 "))
                .as("one day")
                .isEqualTo(new HolidayPeriod(LocalDate.of(2027, 2, 23), LocalDate.of(2027, 2, 23)));
        assertThat(AUTUMN.days()).hasSize(9).startsWith(AUTUMN.from()).endsWith(AUTUMN.to());
        assertThat(AUTUMN).hasToString("2026-10-24..2026-11-01");
    }

    @Test
    void aTextThatNamesNoPeriodSaysWhy() {
        assertThat(reason("осенние")).isEqualTo(HolidayPeriod.Invalid.Reason.NOT_A_PERIOD);
        assertThat(reason("24.10.2026 и ещё 01.11.2026")).isEqualTo(HolidayPeriod.Invalid.Reason.NOT_A_PERIOD);
        assertThat(reason("2026-10-31...")).isEqualTo(HolidayPeriod.Invalid.Reason.NOT_A_PERIOD);
        assertThat(reason("01.11.2026–02.11.2026–03.11.2026")).isEqualTo(HolidayPeriod.Invalid.Reason.NOT_A_PERIOD);
        assertThat(reason("31.02.2027")).isEqualTo(HolidayPeriod.Invalid.Reason.NOT_A_DATE);
        assertThat(reason("01.11.2026–24.10.2026")).as("backwards").isEqualTo(HolidayPeriod.Invalid.Reason.TOO_LONG);
        assertThat(reason("24.10.2026–01.11.2027"))
                .as("a mistyped year")
                .isEqualTo(HolidayPeriod.Invalid.Reason.TOO_LONG);
        assertThat(reason("01.12.2026–31.12.2026")).as("31 days are allowed").isNull();
    }

    @Test
    void theSchoolYearsHolidaysAreReadBackAsTheirPeriods() {
        SchoolTerm term = SchoolTerm.STATUTORY.withHolidays(java.util.stream.Stream.concat(
                        AUTUMN.days(), LocalDate.of(2026, 12, 31).datesUntil(LocalDate.of(2027, 1, 12)))
                .toList());

        assertThat(term.holidayPeriods())
                .extracting(HolidayPeriod::toString)
                .containsExactly("2026-10-24..2026-11-01", "2026-12-31..2027-01-11");
        assertThat(term.studyDay(LocalDate.of(2026, 10, 26))).isFalse();
        assertThat(SchoolTerm.STATUTORY.studyDay(LocalDate.of(2026, 10, 26)))
                .as("unchanged")
                .isTrue();
        assertThatThrownBy(() -> new HolidayPeriod(null, AUTUMN.to())).isInstanceOf(NullPointerException.class);
    }

    private static HolidayPeriod.Invalid.Reason reason(String text) {
        try {
            HolidayPeriod.parse(text);
            return null;
        } catch (HolidayPeriod.Invalid e) {
            return e.reason();
        }
    }
}
