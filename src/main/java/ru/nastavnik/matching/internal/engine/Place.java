package ru.nastavnik.matching.internal.engine;

/** Where a person works, as dense ids chosen by the caller: the organisation lies in the municipality and region. */
public record Place(int organisation, int municipality, int region) {

    public Place {
        if (organisation < 0 || municipality < 0 || region < 0) {
            throw new IllegalArgumentException(
                    "Place ids must not be negative: " + organisation + "/" + municipality + "/" + region);
        }
    }
}
