package ru.nastavnik.publishing.channels;

import java.util.UUID;

/** A news item's photo: its id, shown on the public page, and its size after resizing. */
public record PhotoView(UUID id, int width, int height) {
}
