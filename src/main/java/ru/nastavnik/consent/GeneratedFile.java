package ru.nastavnik.consent;

/** A generated document, ready to download. */
public record GeneratedFile(String name, String contentType, byte[] content) {}
