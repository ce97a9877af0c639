package ru.nastavnik.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * An organisation's kind and its chain of parents, which never change once it exists: both are set when it is created
 * ({@link Organisation}'s constructor, no setter) and an organisation is never deleted. Nearly every page's access
 * check asks them — on the roadmap and the mentor bank the kind's query was the costliest statement of the view
 * (about 5 % of the request's processor time; issue 19 item 4) — so each node keeps what it has read. Safe with
 * several nodes (nothing kept can be outdated; an organisation created on another node is read when first asked) and
 * bounded: past {@value #CAPACITY} organisations (a region has about a thousand) the node starts again from empty. An
 * unknown id is never kept.
 */
@Component
class OrganisationFacts {

    static final int CAPACITY = 20_000;

    private final OrganisationRepository organisations;
    private final Map<UUID, OrganisationKind> kinds = new ConcurrentHashMap<>();
    private final Map<UUID, List<UUID>> lineages = new ConcurrentHashMap<>();

    OrganisationFacts(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    Optional<OrganisationKind> kindOf(UUID id) {
        OrganisationKind kept = kinds.get(id);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<OrganisationKind> read = organisations.kindOf(id);
        read.ifPresent(kind -> keep(kinds, id, kind));
        return read;
    }

    /** The organisation itself and its parents up to the region, as the repository orders them. */
    List<UUID> lineage(UUID id) {
        List<UUID> kept = lineages.get(id);
        if (kept != null) {
            return kept;
        }
        List<UUID> read = List.copyOf(organisations.lineage(id));
        if (!read.isEmpty()) {
            keep(lineages, id, read);
        }
        return read;
    }

    private static <V> void keep(Map<UUID, V> map, UUID id, V value) {
        if (map.size() >= CAPACITY) {
            map.clear();
        }
        map.put(id, value);
    }
}
