package ru.nastavnik.shared;

import java.util.Objects;
import java.util.UUID;

/** The tenant: every organisation-owned row carries one. */
public record OrganisationId(UUID value) {

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
