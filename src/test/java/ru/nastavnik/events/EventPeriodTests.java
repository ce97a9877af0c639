package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The period printed in announcements, sheets and certificates reads in Russian, local time against Moscow. */
class EventPeriodTests {

    private static final Instant START = Instant.parse("2030-03-10T05:00:00Z");
    private static final Instant END = Instant.parse("2030-03-10T07:00:00Z");

    @Test
    void aMoscowSchoolsEventSaysMskAndNoZoneIdInEnglish() {
        assertThat(EventView.period(START, END, ZoneId.of("Europe/Moscow")))
                .isEqualTo("10.03.2030 08:00 — 10:00 (МСК)");
    }

    @Test
    void otherRussianZonesAreCountedFromMoscow() {
        assertThat(EventView.period(START, END, ZoneId.of("Asia/Yekaterinburg")))
                .isEqualTo("10.03.2030 10:00 — 12:00 (МСК+2)");
        assertThat(EventView.period(START, END, ZoneId.of("Europe/Kaliningrad")))
                .isEqualTo("10.03.2030 07:00 — 09:00 (МСК−1)");
        assertThat(EventView.period(START, END, ZoneId.of("Asia/Kolkata")))
                .isEqualTo("10.03.2030 10:30 — 12:30 (UTC+05:30)");
    }
}
