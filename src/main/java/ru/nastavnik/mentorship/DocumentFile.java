package ru.nastavnik.mentorship;

/** A generated document with the file name a school keeps it under: what it is and whose it is, in Russian. */
public record DocumentFile(String name, byte[] content) {
}
