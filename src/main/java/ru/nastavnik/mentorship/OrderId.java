package ru.nastavnik.mentorship;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** An order of the register, as it is bound from a path (a malformed id is a 404). */
public record OrderId(@JsonValue UUID value) {

    public OrderId {
        Objects.requireNonNull(value, "order id");
    }

    public static OrderId of(String value) {
        return new OrderId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
