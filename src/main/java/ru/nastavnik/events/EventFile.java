package ru.nastavnik.events;

/** A generated document: its Russian file name, content type and bytes. */
public record EventFile(String fileName, String contentType, byte[] content) {}
