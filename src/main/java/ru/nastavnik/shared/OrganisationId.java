package ru.nastavnik.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;

/** The tenant: every organisation-owned row carries one. */
public record OrganisationId(@JsonValue UUID value) implements java.io.Serializable {

    public OrganisationId {
        Objects.requireNonNull(value, "organisation id");
    }

    public static OrganisationId of(String value) {
        return new OrganisationId(Ids.parse(value));
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
