package ru.nastavnik.shared;

import java.util.Objects;

/** A role held in one organisation node; the system administrator's grant has no organisation. */
public record RoleGrant(Role role, OrganisationId organisation) implements java.io.Serializable {

    public RoleGrant {
        Objects.requireNonNull(role, "role");
        if (role != Role.SYSTEM_ADMIN && organisation == null) {
            throw new IllegalArgumentException("Role " + role + " needs an organisation");
        }
    }
}
