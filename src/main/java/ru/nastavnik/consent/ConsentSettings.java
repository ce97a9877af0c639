package ru.nastavnik.consent;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;

/** An organisation's consent settings; 30 days of retention after a withdrawal is 152-ФЗ art. 21 part 5's term. */
@Entity
@Table(name = "consent_settings")
class ConsentSettings {

    static final int DEFAULT_RETENTION_DAYS = 30;

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "retention_days")
    private int retentionDays;

    protected ConsentSettings() {
    }

    ConsentSettings(OrganisationId organisation) {
        this.organisationId = organisation.value();
        this.retentionDays = DEFAULT_RETENTION_DAYS;
    }

    int retentionDays() {
        return retentionDays;
    }

    void retentionDays(int days) {
        if (days < 0 || days > 3650) {
            throw InvalidInputException.of("retentionDays", "consent.retentionDays.range");
        }
        this.retentionDays = days;
    }
}
