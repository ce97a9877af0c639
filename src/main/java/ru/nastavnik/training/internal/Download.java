package ru.nastavnik.training.internal;

/** A file to hand out: the name to save it under, its content type and bytes. */
public record Download(String name, String contentType, byte[] content) {}
