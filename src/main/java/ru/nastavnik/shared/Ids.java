package ru.nastavnik.shared;

import java.util.UUID;

/** Parses ids from paths and forms; a malformed id is "not found", never a server error. */
public final class Ids {

    private Ids() {}

    public static UUID parse(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
    }
}
