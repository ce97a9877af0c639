package ru.nastavnik.notifications.web;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** A notification, as it is bound from a path (a malformed id is a 404). */
public record NotificationId(@JsonValue UUID value) {

    public NotificationId {
        Objects.requireNonNull(value, "NotificationId");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
