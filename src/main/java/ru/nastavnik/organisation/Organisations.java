package ru.nastavnik.organisation;

import java.util.List;
import java.util.Optional;
import ru.nastavnik.shared.OrganisationId;

/** The public query API of the organisation tree. */
public interface Organisations {

    Optional<OrganisationSummary> find(OrganisationId id);

    /** The organisation itself and everything below it. */
    List<OrganisationSummary> subtree(OrganisationId root);

    /** The organisation and the municipality and region above it, nearest first; empty for an unknown id. */
    List<OrganisationId> lineage(OrganisationId id);

    /** The kind of the organisation, without reading its requisites. */
    Optional<OrganisationKind> kindOf(OrganisationId id);

    /** True when {@code organisation} is {@code area} or lies below it. */
    boolean isWithin(OrganisationId organisation, OrganisationId area);
}
