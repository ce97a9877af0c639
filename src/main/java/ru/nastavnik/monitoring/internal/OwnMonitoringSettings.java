package ru.nastavnik.monitoring.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;

/** The settings an organisation set for itself (and for the organisations below it that set none). */
@Entity
@Table(name = "monitoring_settings")
class OwnMonitoringSettings {

    @Id
    @Column(name = "organisation_id")
    private UUID organisationId;

    @Column(name = "young_max_age")
    private int youngMaxAge;

    @Column(name = "young_max_teaching_years")
    private int youngMaxTeachingYears;

    @Column(name = "quiet_days")
    private int quietDays;

    @Column(name = "escalation_days")
    private int escalationDays;

    @Version
    private Long version;

    protected OwnMonitoringSettings() {}

    OwnMonitoringSettings(OrganisationId organisation, MonitoringSettings settings) {
        this.organisationId = organisation.value();
        set(settings);
    }

    /** The values as set on the settings the editor read: refused if they were saved since (no lost update). */
    void change(MonitoringSettings settings, Long readVersion) {
        StaleVersionException.check(readVersion, version());
        set(settings);
    }

    private void set(MonitoringSettings settings) {
        this.youngMaxAge = settings.youngMaxAge();
        this.youngMaxTeachingYears = settings.youngMaxTeachingYears();
        this.quietDays = settings.quietDays();
        this.escalationDays = settings.escalationDays();
    }

    OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }

    MonitoringSettings settings() {
        return new MonitoringSettings(youngMaxAge, youngMaxTeachingYears, quietDays, escalationDays);
    }

    long version() {
        return version == null ? 0 : version + 1;
    }
}
