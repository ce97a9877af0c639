package ru.nastavnik.bank;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;

/** A mentor's default and largest number of mentees at once: "at most 2" is common in schools' regulations. */
@Entity
@Table(name = "bank_settings")
class BankSettings {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "default_capacity")
    private int defaultCapacity;

    @Column(name = "max_capacity")
    private int maxCapacity;

    @Version
    private Long version;

    protected BankSettings() {
    }

    BankSettings(OrganisationId organisation) {
        this.organisationId = organisation.value();
        this.defaultCapacity = 2;
        this.maxCapacity = 3;
    }

    /** The limits as set on the settings the editor read: refused if they were saved since (no lost update). */
    void change(int defaultCapacity, int maxCapacity, Long readVersion) {
        if (maxCapacity < 1 || maxCapacity > 20 || defaultCapacity < 1 || defaultCapacity > maxCapacity) {
            throw InvalidInputException.of("defaultCapacity", "bank.settings.range");
        }
        StaleVersionException.check(readVersion, view().version());
        this.defaultCapacity = defaultCapacity;
        this.maxCapacity = maxCapacity;
    }

    int defaultCapacity() {
        return defaultCapacity;
    }

    int maxCapacity() {
        return maxCapacity;
    }

    /** Never saved, the defaults are version 0; a saved row counts on from 1. */
    BankSettingsView view() {
        return new BankSettingsView(defaultCapacity, maxCapacity, version == null ? 0 : version + 1);
    }
}
