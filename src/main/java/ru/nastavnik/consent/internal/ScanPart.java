package ru.nastavnik.consent.internal;

/** The pages of a multi-page scan that are one consent's signed form: «1-2», «3», «4-5, 7». */
public record ScanPart(String consentId, String pages) {}
