package ru.nastavnik.monitoring.campaign;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Who may do what with a campaign: a municipal or regional methodologist runs the campaigns of her area and reads those
 * of the areas below it; a school's director and curator see the campaigns of the areas above the school and only
 * their own school's report. Anything else does not exist (404).
 */
@Component
class CampaignAccess {

    private final Organisations organisations;

    CampaignAccess(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The areas (municipalities, regions) where the caller is a methodologist. */
    List<OrganisationId> ownAreas(NastavnikPrincipal me) {
        return me.grants().stream()
                .filter(g -> g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(RoleGrant::organisation)
                .filter(o -> o != null)
                .distinct()
                .toList();
    }

    /** Her areas and every area below them: the campaigns she may read. */
    List<UUID> readableAreas(NastavnikPrincipal me) {
        return ownAreas(me).stream()
                .flatMap(a -> organisations.subtree(a).stream())
                .filter(o -> o.kind() != OrganisationKind.ORGANISATION)
                .map(o -> o.id().value())
                .distinct()
                .toList();
    }

    /**
     * The areas above hers (a municipal methodologist's region): their campaigns ask her schools for reports, which
     * she follows without running the campaign.
     */
    List<UUID> areasAbove(NastavnikPrincipal me) {
        List<OrganisationId> own = ownAreas(me);
        return own.stream()
                .flatMap(a -> organisations.lineage(a).stream().skip(1))
                .filter(a -> !own.contains(a))
                .map(OrganisationId::value)
                .distinct()
                .toList();
    }

    /** A school of one of her own areas. */
    boolean isInOwnArea(NastavnikPrincipal me, OrganisationId school) {
        return ownAreas(me).stream().anyMatch(a -> organisations.isWithin(school, a));
    }

    /** She opens a campaign only in an area where she is a methodologist. */
    void requireMethodologistOf(NastavnikPrincipal me, OrganisationId area) {
        OrganisationKind kind = organisations.kindOf(area).orElseThrow(NotFoundException::new);
        if (kind == OrganisationKind.ORGANISATION || !isMethodologistAbove(me, area)) {
            throw new NotFoundException();
        }
    }

    boolean isMethodologistAbove(NastavnikPrincipal me, OrganisationId area) {
        return organisations.lineage(area).stream()
                .anyMatch(a -> me.has(Role.MUNICIPAL_METHODOLOGIST, a) || me.has(Role.REGIONAL_METHODOLOGIST, a));
    }

    /** The school's director or curator, for a school inside the campaign's area. */
    boolean isSchoolOf(NastavnikPrincipal me, OrganisationId school, OrganisationId area) {
        return me.hasAnyIn(school, Role.DIRECTOR, Role.CURATOR)
                && organisations
                        .kindOf(school)
                        .filter(k -> k == OrganisationKind.ORGANISATION)
                        .isPresent()
                && organisations.isWithin(school, area);
    }

    boolean isWithin(OrganisationId school, OrganisationId area) {
        return organisations
                        .kindOf(school)
                        .filter(k -> k == OrganisationKind.ORGANISATION)
                        .isPresent()
                && organisations.isWithin(school, area);
    }

    boolean isWithinArea(OrganisationId inner, OrganisationId area) {
        return organisations.isWithin(inner, area);
    }

    /** The schools the campaign is addressed to, by name. */
    List<OrganisationSummary> schoolsOf(OrganisationId area) {
        return organisations.subtree(area).stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .sorted(java.util.Comparator.comparing(
                        OrganisationSummary::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
    }

    /**
     * Each school's unit one level below the area (a region's municipality), by school, from the area's subtree read
     * once; a municipality's schools are their own units and are left out.
     */
    java.util.Map<OrganisationId, OrganisationSummary> unitsBelow(OrganisationId area) {
        java.util.Map<OrganisationId, OrganisationSummary> byId = new java.util.HashMap<>();
        organisations.subtree(area).forEach(o -> byId.put(o.id(), o));
        java.util.Map<OrganisationId, OrganisationSummary> units = new java.util.HashMap<>();
        byId.values().stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .forEach(school -> {
                    OrganisationSummary unit = school;
                    while (unit.parentId() != null
                            && !unit.parentId().equals(area)
                            && byId.containsKey(unit.parentId())) {
                        unit = byId.get(unit.parentId());
                    }
                    if (!unit.id().equals(school.id())) {
                        units.put(school.id(), unit);
                    }
                });
        return units;
    }

    String nameOf(OrganisationId organisation) {
        return organisations.find(organisation).map(OrganisationSummary::name).orElse("");
    }

    List<OrganisationId> lineage(OrganisationId school) {
        return organisations.lineage(school);
    }
}
