package ru.nastavnik.bank;

/** A mentor's default and largest load as read; {@code version}: 0 while never saved (the If-Match of an edit). */
public record BankSettingsView(int defaultCapacity, int maxCapacity, long version) {}
