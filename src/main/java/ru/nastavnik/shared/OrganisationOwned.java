package ru.nastavnik.shared;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * An entity that one organisation owns: the tenant column every such row carries (STYLE.md rule 8), set once when
 * the row is made and never moved to another school. The column stays a {@code UUID} property named
 * {@code organisationId}, so that the repositories' derived queries ({@code countByOrganisationId…}) and JPQL
 * ({@code e.organisationId = :organisation}) keep binding the {@code UUID}s they bind today; the code reads it as
 * an {@link OrganisationId} through {@link #organisation()}. See docs/organisation-owned.md.
 */
@MappedSuperclass
public abstract class OrganisationOwned {

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private UUID organisationId;

    /** For JPA only. */
    protected OrganisationOwned() {}

    protected OrganisationOwned(OrganisationId owner) {
        this.organisationId = owner.value();
    }

    /** The tenant that owns this row. */
    public OrganisationId organisation() {
        return new OrganisationId(organisationId);
    }
}
