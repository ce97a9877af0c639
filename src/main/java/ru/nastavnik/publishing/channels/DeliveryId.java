package ru.nastavnik.publishing.channels;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** One post of a news item to one channel (a row of the outbox). */
public record DeliveryId(@JsonValue UUID value) {

    public DeliveryId {
        Objects.requireNonNull(value, "delivery id");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
