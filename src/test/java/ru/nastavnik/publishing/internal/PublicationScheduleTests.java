package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

class PublicationScheduleTests {

    static final Instant NOW = Instant.parse("2026-12-07T09:00:00Z");

    @Test
    void aNewsItemIsScheduledForTheComingYearAndAHundredYearsAheadIsATypo() {
        Publication item = new Publication(new OrganisationId(UUID.randomUUID()), PublicationSource.NONE, null, NOW);
        assertThatThrownBy(() -> item.schedule(NOW.plus(Duration.ofDays(36_500)), NOW))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("publishing.scheduledAt.tooFar"));
        item.schedule(NOW.plus(Duration.ofDays(30)), NOW);
        assertThat(item.view().status().name()).isEqualTo("SCHEDULED");
    }
}
