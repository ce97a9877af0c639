package ru.nastavnik.monitoring.web;

import ru.nastavnik.monitoring.internal.MonitoringSettings;

/** The monitoring's thresholds as typed on its settings page; the settings check their ranges. */
record SettingsForm(Integer youngMaxAge, Integer youngMaxTeachingYears, Integer quietDays, Integer escalationDays) {

    MonitoringSettings settings() {
        return MonitoringSettings.of(youngMaxAge, youngMaxTeachingYears, quietDays, escalationDays);
    }
}
