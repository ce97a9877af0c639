package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** A version of the Regulation is approved by one order, once; its approved texts belong to that order only. */
class RegulationVersionTests {

    final RegulationVersion version = new RegulationVersion(new OrganisationId(UUID.randomUUID()), 3, Instant.now());
    final RegulationVersion.ApprovedTexts texts =
            new RegulationVersion.ApprovedTexts(UUID.randomUUID(), UUID.randomUUID());

    @Test
    void aVersionApprovedOnceCannotBeApprovedAgainNorDraftedAgain() {
        UUID order = UUID.randomUUID();
        version.approve(order, "12-о", LocalDate.of(2026, 9, 1), texts);

        assertThatThrownBy(() -> version.approve(UUID.randomUUID(), "13-о", LocalDate.of(2026, 9, 2), texts))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("regulationVersion"));
        assertThatThrownBy(version::refuseIfApproved).isInstanceOf(InvalidInputException.class);
        assertThat(version.view())
                .extracting(RegulationVersionView::approvedNumber, RegulationVersionView::approvedOn)
                .containsExactly("12-о", LocalDate.of(2026, 9, 1));
    }

    @Test
    void theApprovedTextsAreThoseOfTheApprovingOrderOnly() {
        UUID order = UUID.randomUUID();
        assertThat(version.approvedTexts(order)).isEmpty();
        version.approve(order, "12-о", LocalDate.of(2026, 9, 1), texts);

        assertThat(version.approvedTexts(order)).contains(texts);
        assertThat(version.approvedTexts(UUID.randomUUID())).isEmpty();
    }
}
