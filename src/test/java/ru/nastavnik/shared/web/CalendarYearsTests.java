package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class CalendarYearsTests {

    @Test
    void datesOutsideYearsOneTo9999AreFarAndTheSchoolsDatesAreNot() {
        assertThat(CalendarYears.far(LocalDate.of(10_000, 1, 1))).isTrue();
        assertThat(CalendarYears.far(LocalDate.of(0, 1, 1))).isTrue();
        assertThat(CalendarYears.far(LocalDateTime.of(-5, 1, 1, 10, 0))).isTrue();
        assertThat(CalendarYears.far(Instant.MAX)).isTrue();
        assertThat(CalendarYears.far(LocalDate.of(1, 1, 1))).isFalse();
        assertThat(CalendarYears.far(LocalDate.of(9999, 12, 31))).isFalse();
        assertThat(CalendarYears.far(OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.ofHours(3))))
                .isFalse();
        assertThat(CalendarYears.far("+10000-01-01")).isFalse();
        assertThat(CalendarYears.far(null)).isFalse();
    }

    @Test
    void aParameterIsAFarDateOnlyWhenItIsAnIsoDateJavaWouldReadOutsideThoseYears() {
        assertThat(CalendarYears.farText("+999999999-12-31")).isTrue();
        assertThat(CalendarYears.farText("+10000-01-01T10:00")).isTrue();
        assertThat(CalendarYears.farText("-0001-01-01")).isTrue();
        assertThat(CalendarYears.farText(" 0000-01-01 ")).isTrue();
        assertThat(CalendarYears.farText("2026-12-03")).isFalse();
        assertThat(CalendarYears.farText("9999-12-31T23:59")).isFalse();
        assertThat(CalendarYears.farText("31.12.999999999")).isTrue();
        assertThat(CalendarYears.farText("01.01.0000")).isTrue();
        assertThat(CalendarYears.farText("31.12.+10000")).isTrue();
        assertThat(CalendarYears.farText("31.12.2026")).isFalse();
        // an order number or a phone in a search is no date
        assertThat(CalendarYears.farText("12345-1-1")).isFalse();
        assertThat(CalendarYears.farText("12345-01-02")).isFalse();
        assertThat(CalendarYears.farText("12345-01-01 приказ")).isFalse();
        assertThat(CalendarYears.farText(null)).isFalse();
    }
}
