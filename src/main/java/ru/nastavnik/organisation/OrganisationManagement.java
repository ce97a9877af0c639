package ru.nastavnik.organisation;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.Validation;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Creates and lists organisation nodes; only what the caller may see is ever returned. */
@Service
@Transactional
public class OrganisationManagement implements Organisations {

    private final OrganisationRepository organisations;
    private final OrganisationFacts facts;
    private final Validator validator;

    OrganisationManagement(OrganisationRepository organisations, OrganisationFacts facts, Validator validator) {
        this.organisations = organisations;
        this.facts = facts;
        this.validator = validator;
    }

    public OrganisationSummary create(NastavnikPrincipal caller, NewOrganisation request) {
        if (!caller.isSystemAdmin()) {
            throw new ForbiddenException("Only a system administrator creates organisations");
        }
        Validation.check(validator, request);
        Organisation parent = null;
        if (request.parentId() != null && !request.parentId().isBlank()) {
            parent = organisations
                    .findById(parseParent(request.parentId()))
                    .orElseThrow(() -> InvalidInputException.of("parentId", "organisation.parent.notFound"));
        }
        boolean duplicate = parent == null
                ? organisations.existsByParentIdIsNullAndNameIgnoreCase(
                        request.name().trim())
                : organisations.existsByParentIdAndNameIgnoreCase(
                        parent.id().value(), request.name().trim());
        if (duplicate) {
            throw InvalidInputException.of("name", "organisation.name.duplicate");
        }
        return organisations
                .save(new Organisation(request.kind(), request.name(), request.shortName(), parent))
                .summary();
    }

    /**
     * The system administrator and the organisation's director keep its requisites; {@code readVersion}: the
     * version she edited, refused if someone saved the requisites since.
     */
    public OrganisationSummary updateRequisites(
            NastavnikPrincipal caller, OrganisationId id, Requisites requisites, Long readVersion) {
        Organisation organisation = organisations.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!mayView(caller, id)) {
            throw new NotFoundException();
        }
        if (!mayEditRequisites(caller, organisation.summary())) {
            throw new ForbiddenException(
                    "Only the administrator, the director or the area's methodologist edits" + " requisites");
        }
        requisites.check();
        organisation.requisites(requisites, readVersion);
        // the answer carries the new version (the next edit's If-Match), which the flush assigns
        organisations.flush();
        return organisation.summary();
    }

    /** The zones an organisation's «today» may be taken in, west to east (message keys {@code organisation.timeZone.<zone>}). */
    public static final List<String> TIME_ZONES = TimeZones.RUSSIA;

    /**
     * Sets where the organisation's «today» is taken; an area's zone is set for every organisation below it too (a
     * region's administrator sets it once; a school may then be given its own). Those who keep the requisites set it.
     */
    public OrganisationSummary changeTimeZone(
            NastavnikPrincipal caller, OrganisationId id, String zone, Long readVersion) {
        Organisation organisation = organisations.findById(id.value()).orElseThrow(NotFoundException::new);
        if (!mayView(caller, id)) {
            throw new NotFoundException();
        }
        if (!mayEditRequisites(caller, organisation.summary())) {
            throw new ForbiddenException("Only those who keep the requisites set the time zone");
        }
        if (zone == null || !TimeZones.RUSSIA.contains(zone)) {
            throw InvalidInputException.of("timeZone", "organisation.timeZone.invalid");
        }
        ru.nastavnik.shared.StaleVersionException.check(readVersion, organisation.version());
        organisations.subtree(id.value()).forEach(o -> o.timeZone(zone));
        organisations.flush();
        return organisations.findById(id.value()).orElseThrow().summary();
    }

    /**
     * A school's director keeps its requisites. A municipality's or region's education authority has no director's
     * account here: its own methodologist (not one of the region above) names its head and place, which its events'
     * certificates and protocols print.
     */
    public boolean mayEditRequisites(NastavnikPrincipal caller, OrganisationSummary organisation) {
        return caller.isSystemAdmin()
                || caller.has(Role.DIRECTOR, organisation.id())
                || (organisation.kind() != OrganisationKind.ORGANISATION
                        && caller.hasAnyIn(
                                organisation.id(), Role.MUNICIPAL_METHODOLOGIST, Role.REGIONAL_METHODOLOGIST));
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> visibleTo(NastavnikPrincipal caller) {
        if (caller.isSystemAdmin()) {
            return organisations.allOrdered().stream()
                    .map(Organisation::summary)
                    .toList();
        }
        return caller.grants().stream()
                .map(RoleGrant::organisation)
                .distinct()
                .flatMap(root -> subtree(root).stream())
                .distinct()
                .toList();
    }

    @Transactional(readOnly = true)
    public OrganisationSummary get(NastavnikPrincipal caller, OrganisationId id) {
        OrganisationSummary organisation = find(id).orElseThrow(NotFoundException::new);
        if (!mayView(caller, id)) {
            throw new NotFoundException();
        }
        return organisation;
    }

    /** A system administrator sees all; anyone else sees the nodes they hold a role in and what lies below. */
    @Transactional(readOnly = true)
    public boolean mayView(NastavnikPrincipal caller, OrganisationId id) {
        return caller.isSystemAdmin()
                || caller.grants().stream().anyMatch(g -> g.organisation() != null && isWithin(id, g.organisation()));
    }

    /** Methodologists act on the schools of their area; others only in their own organisation. */
    @Transactional(readOnly = true)
    public boolean isMethodologistOf(NastavnikPrincipal caller, OrganisationId id) {
        return caller.grants().stream()
                .filter(g -> g.role() == Role.REGIONAL_METHODOLOGIST || g.role() == Role.MUNICIPAL_METHODOLOGIST)
                .anyMatch(g -> isWithin(id, g.organisation()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> find(OrganisationId id) {
        return organisations.findById(id.value()).map(Organisation::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrganisationSummary> subtree(OrganisationId root) {
        return organisations.subtree(root.value()).stream()
                .map(Organisation::summary)
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isWithin(OrganisationId organisation, OrganisationId area) {
        return lineage(organisation).contains(area);
    }

    // kept by each node (OrganisationFacts): a hit needs no transaction of its own, nor a connection for one
    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<OrganisationId> lineage(OrganisationId id) {
        return facts.lineage(id.value()).stream().map(OrganisationId::new).toList();
    }

    @Override
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public Optional<OrganisationKind> kindOf(OrganisationId id) {
        return facts.kindOf(id.value());
    }

    private static UUID parseParent(String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("parentId", "organisation.parent.notFound");
        }
    }
}
