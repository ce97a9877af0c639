package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.OrganisationId;

class SchoolDaysTests {

    private static final OrganisationId KALININGRAD = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId VLADIVOSTOK = new OrganisationId(UUID.randomUUID());
    private static final OrganisationId KAMCHATKA = new OrganisationId(UUID.randomUUID());

    @Test
    void aJobOverAllSchoolsSeesEachOnItsOwnDateAndTheLatestOfThem() {
        SchoolDays days = new SchoolDays(
                Instant.parse("2026-03-02T15:30:00Z"),
                Map.of(
                        KALININGRAD, ZoneId.of("Europe/Kaliningrad"),
                        VLADIVOSTOK, ZoneId.of("Asia/Vladivostok")));
        assertThat(days.of(KALININGRAD)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(days.of(VLADIVOSTOK)).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(days.of(new OrganisationId(UUID.randomUUID())))
                .as("one created since the read: Moscow's date")
                .isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(days.latest()).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void theLatestDateIsNeverBeforeMoscows() {
        SchoolDays days = new SchoolDays(
                Instant.parse("2026-03-02T21:30:00Z"), Map.of(KALININGRAD, ZoneId.of("Europe/Kaliningrad")));
        assertThat(days.of(KALININGRAD)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(days.latest()).as("00:30 in Moscow").isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(new SchoolDays(Instant.parse("2026-03-02T12:30:00Z"), Map.of(KAMCHATKA, ZoneId.of("Asia/Kamchatka")))
                        .latest())
                .isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void aBlankOrUnknownZoneIsMoscows() {
        assertThat(OrganisationDates.parse(null)).isEqualTo(SchoolDates.DEFAULT_ZONE);
        assertThat(OrganisationDates.parse(" ")).isEqualTo(SchoolDates.DEFAULT_ZONE);
        assertThat(OrganisationDates.parse("Asia/Nowhere")).isEqualTo(SchoolDates.DEFAULT_ZONE);
        assertThat(OrganisationDates.parse("Europe/Samara")).isEqualTo(ZoneId.of("Europe/Samara"));
    }
}
