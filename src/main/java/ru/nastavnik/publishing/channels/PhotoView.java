package ru.nastavnik.publishing.channels;

import java.util.List;
import java.util.UUID;

/**
 * A news item's photo: its id, shown on the public page, and its size after resizing; for the curator also whom it
 * shows (names as tagged) and whether it was hidden after one of them withdrew her consent to distribution.
 */
public record PhotoView(UUID id, int width, int height, List<String> people, boolean hidden) {

    public PhotoView {
        people = people == null ? List.of() : List.copyOf(people);
    }

    public PhotoView(UUID id, int width, int height) {
        this(id, width, height, List.of(), false);
    }
}
