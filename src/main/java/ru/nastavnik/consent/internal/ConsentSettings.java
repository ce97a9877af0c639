package ru.nastavnik.consent.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;

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

    @Version
    private Long version;

    protected ConsentSettings() {}

    ConsentSettings(OrganisationId organisation) {
        this.organisationId = organisation.value();
        this.retentionDays = DEFAULT_RETENTION_DAYS;
    }

    int retentionDays() {
        return retentionDays;
    }

    /** The term as set on the settings the editor read: refused if they were saved since (no lost update). */
    void retentionDays(int days, Long readVersion) {
        if (days < 0 || days > 3650) {
            throw InvalidInputException.of("retentionDays", "consent.retentionDays.range");
        }
        StaleVersionException.check(readVersion, view().version());
        this.retentionDays = days;
    }

    /** Never saved, the defaults are version 0; a saved row counts on from 1. */
    ConsentSettingsView view() {
        return new ConsentSettingsView(retentionDays, version == null ? 0 : version + 1);
    }
}
