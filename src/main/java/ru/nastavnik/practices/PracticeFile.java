package ru.nastavnik.practices;

/** A generated document of a practice, ready to download. */
public record PracticeFile(String fileName, String contentType, byte[] content) {}
