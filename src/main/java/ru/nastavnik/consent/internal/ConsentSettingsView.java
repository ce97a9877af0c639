package ru.nastavnik.consent.internal;

/** An organisation's consent settings as read; {@code version}: 0 while never saved (the If-Match of an edit). */
public record ConsentSettingsView(int retentionDays, long version) {}
