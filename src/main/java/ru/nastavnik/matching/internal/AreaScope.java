package ru.nastavnik.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The municipality or region a methodologist works on: whether she may, its schools, where each school lies, and the
 * areas above a school.
 */
@Component
class AreaScope {

    private final Organisations organisations;

    AreaScope(Organisations organisations) {
        this.organisations = organisations;
    }

    Map<OrganisationId, OrganisationSummary> schools(NastavnikPrincipal caller, OrganisationId area) {
        // a regional methodologist may run a municipality of her region as well as the whole region
        boolean allowed = caller.grants().stream()
                .filter(g -> g.role() == Role.REGIONAL_METHODOLOGIST || g.role() == Role.MUNICIPAL_METHODOLOGIST)
                .anyMatch(g -> g.organisation() != null && organisations.isWithin(area, g.organisation()));
        if (!allowed) {
            throw new NotFoundException();
        }
        return organisations.subtree(area).stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .collect(Collectors.toMap(
                        OrganisationSummary::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    String name(OrganisationId area) {
        return organisations.find(area).map(OrganisationSummary::name).orElse("");
    }

    /** Each school's municipality (when it has one) and region, from the area's tree read once. */
    Map<OrganisationId, InputAssembler.Area> places(OrganisationId area, Set<OrganisationId> schools) {
        Map<OrganisationId, OrganisationSummary> tree = new HashMap<>();
        organisations.subtree(area).forEach(o -> tree.put(o.id(), o));
        above(area).forEach(o -> tree.put(o.id(), o));
        Map<OrganisationId, InputAssembler.Area> places = new HashMap<>();
        for (OrganisationId school : schools) {
            OrganisationId municipality = null;
            OrganisationId region = null;
            OrganisationSummary node = tree.get(school);
            for (int depth = 0; node != null && node.parentId() != null && depth < 3; depth++) {
                node = tree.get(node.parentId());
                if (node != null && node.kind() == OrganisationKind.MUNICIPALITY) {
                    municipality = node.id();
                } else if (node != null && node.kind() == OrganisationKind.REGION) {
                    region = node.id();
                }
            }
            places.put(school, new InputAssembler.Area(municipality, region));
        }
        return places;
    }

    /** The areas above an organisation, nearest first. */
    List<OrganisationSummary> above(OrganisationId school) {
        List<OrganisationSummary> chain = new ArrayList<>();
        Optional<OrganisationSummary> node = organisations
                .find(school)
                .flatMap(s -> Optional.ofNullable(s.parentId()))
                .flatMap(organisations::find);
        while (node.isPresent() && chain.size() < 3) {
            chain.add(node.get());
            node = Optional.ofNullable(node.get().parentId()).flatMap(organisations::find);
        }
        return chain;
    }
}
