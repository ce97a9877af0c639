package ru.nastavnik.consent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentStatus;
import ru.nastavnik.consent.ConsentWithdrawn;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.documents.StoredFileId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

class ConsentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final PersonId PERSON = new PersonId(UUID.randomUUID());

    static Consent requested(ConsentPurpose purpose) {
        return new Consent(OrganisationId.random(), PERSON, purpose, ConsentTexts.version(purpose), Instant.now());
    }

    @Test
    void aSignedConsentIsValidFromItsDateUntilItsTerm() {
        Consent consent = requested(ConsentPurpose.PERSONAL_DATA);
        ConsentGiven given = consent.give(TODAY.minusDays(3), TODAY.plusYears(1), null, TODAY);

        assertThat(given.person()).isEqualTo(PERSON);
        assertThat(consent.validOn(TODAY)).isTrue();
        assertThat(consent.validOn(TODAY.minusDays(4))).isFalse();
        assertThat(consent.validOn(TODAY.plusYears(1).plusDays(1))).isFalse();
    }

    @Test
    void aConsentCannotBeSignedInTheFutureNorEndBeforeItBegins() {
        assertThatThrownBy(() -> requested(ConsentPurpose.PERSONAL_DATA).give(TODAY.plusDays(1), null, null, TODAY))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("consent.givenOn.invalid");
        assertThatThrownBy(() -> requested(ConsentPurpose.PERSONAL_DATA).give(TODAY, TODAY, null, TODAY))
                .hasMessage("consent.validUntil.invalid");
    }

    @Test
    void aFormTheSchoolIssuedCannotHaveBeenSignedBeforeTheDayItWasIssued() {
        Consent issued = new Consent(
                OrganisationId.random(),
                PERSON,
                ConsentPurpose.PERSONAL_DATA,
                ConsentTexts.version(ConsentPurpose.PERSONAL_DATA),
                java.time.Instant.parse("2026-11-20T09:00:00Z"));

        assertThatThrownBy(() -> issued.give(LocalDate.of(2026, 11, 19), null, null, TODAY, true))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("consent.givenOn.beforeForm");
        assertThat(issued.status()).isEqualTo(ConsentStatus.REQUESTED);
        issued.give(LocalDate.of(2026, 11, 20), null, null, TODAY, true);
        assertThat(issued.status()).isEqualTo(ConsentStatus.GIVEN);
    }

    @Test
    void publicationIsConsentedItemByItem() {
        assertThatThrownBy(() -> requested(ConsentPurpose.PUBLICATION).give(TODAY, null, List.of(), TODAY))
                .hasMessage("consent.publishedItems.required");
        Consent consent = requested(ConsentPurpose.PUBLICATION);
        consent.give(
                TODAY,
                null,
                List.of("ФИО", "должность"),
                DistributionScope.of(List.of(DistributionKind.NEWS), List.of(DistributionChannel.SECTION)),
                TODAY,
                false);
        assertThat(consent.view().publishedItems()).containsExactly("ФИО", "должность");
    }

    @Test
    void withdrawingStopsValidityAndPublishesTheEvent() {
        Consent consent = requested(ConsentPurpose.MENTORING_DUTIES);
        consent.give(TODAY.minusMonths(2), null, null, TODAY);

        ConsentWithdrawn withdrawn = consent.withdraw(TODAY, "перевод в другую школу", TODAY);

        assertThat(withdrawn.purpose()).isEqualTo(ConsentPurpose.MENTORING_DUTIES);
        assertThat(consent.status()).isEqualTo(ConsentStatus.WITHDRAWN);
        assertThat(consent.validOn(TODAY)).isFalse();
        assertThatThrownBy(() -> consent.withdraw(TODAY, null, TODAY)).hasMessage("consent.transition.withdraw");
        assertThatThrownBy(() -> consent.give(TODAY, null, null, TODAY)).hasMessage("consent.transition.give");
        assertThatThrownBy(() -> consent.attachScan(new StoredFileId(UUID.randomUUID())))
                .hasMessage("consent.transition.scan");
    }

    @Test
    void aFormPrintedButNeverSignedCannotBeWithdrawn() {
        Consent consent = requested(ConsentPurpose.PERSONAL_DATA);

        assertThatThrownBy(() -> consent.withdraw(TODAY, null, TODAY)).hasMessage("consent.withdraw.notGiven");
        assertThat(consent.status()).isEqualTo(ConsentStatus.REQUESTED);
    }

    @Test
    void aWithdrawalCannotPrecedeTheConsent() {
        Consent consent = requested(ConsentPurpose.PERSONAL_DATA);
        consent.give(TODAY.minusDays(1), null, null, TODAY);
        assertThatThrownBy(() -> consent.withdraw(TODAY.minusDays(2), null, TODAY))
                .hasMessage("consent.withdrawnOn.invalid");
    }

    @Test
    void aTermConsentExpiresByItselfOnlyAfterItsLastDay() {
        Consent consent = requested(ConsentPurpose.SHARED_BANK);
        consent.give(TODAY.minusYears(1), TODAY, null, TODAY.minusYears(1));

        assertThat(consent.expireIfDue(TODAY)).isNull();
        ConsentWithdrawn expired = consent.expireIfDue(TODAY.plusDays(1));
        assertThat(expired.withdrawnOn()).isEqualTo(TODAY);
        assertThat(consent.status()).isEqualTo(ConsentStatus.EXPIRED);
    }
}
