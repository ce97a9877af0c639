package ru.nastavnik.monitoring.internal;

import ru.nastavnik.shared.OrganisationId;

/**
 * The settings in force for an organisation and where they come from: its own ({@code source} is itself), an
 * organisation above it, or the defaults ({@code source} null). {@code version}: of its own settings, 0 while it has
 * none (the If-Match of its first edit).
 */
public record MonitoringSettingsView(
        OrganisationId organisation, MonitoringSettings settings, OrganisationId source, long version) {

    public boolean own() {
        return organisation.equals(source);
    }

    public boolean defaults() {
        return source == null;
    }
}
