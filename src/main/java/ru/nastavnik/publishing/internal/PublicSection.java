package ru.nastavnik.publishing.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.events.EventView;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.roadmap.PublicRoadmap;
import ru.nastavnik.shared.OrganisationId;

/**
 * What the public section of one organisation shows. For a school: its roadmap, news, events held, practices and the
 * curator's contacts; for a municipality or region: its own news and held events and its schools' ({@code schools}
 * for the filter; {@code areas}: the area itself first, then a region's municipalities, whose own news and events
 * its page gathers too — a school's section has none).
 */
public record PublicSection(
        String slug,
        OrganisationId organisation,
        String name,
        OrganisationKind kind,
        List<PublicRoadmap.Stage> roadmap,
        List<PublicationView> news,
        List<EventView> events,
        List<PublicPractices.Shown> practices,
        String curatorName,
        String curatorPhone,
        String website,
        Map<OrganisationId, String> schools,
        Map<OrganisationId, String> areas,
        Optional<OrganisationId> school) {

    public boolean area() {
        return kind != OrganisationKind.ORGANISATION;
    }

    /**
     * Whose lists it shows: the chosen school of an area, else the area itself, the areas under it and every school
     * (a school's section: itself).
     */
    public List<OrganisationId> shown() {
        return school.map(List::of).orElseGet(this::whole);
    }

    /** Everyone whose published items the section may show, whatever school is chosen: the area's and its schools'. */
    public List<OrganisationId> whole() {
        List<OrganisationId> whole = new java.util.ArrayList<>(areas.keySet());
        whole.addAll(schools.keySet());
        return List.copyOf(whole);
    }

    /** Whether {@code organisation}'s published items belong on the section. */
    public boolean covers(OrganisationId organisation) {
        return schools.containsKey(organisation) || areas.containsKey(organisation);
    }

    /** The same section showing these lists (the header's contacts and the chosen school kept). */
    PublicSection with(
            List<PublicRoadmap.Stage> roadmap,
            List<PublicationView> news,
            List<EventView> events,
            List<PublicPractices.Shown> practices) {
        return copy(roadmap, news, events, practices, curatorName, curatorPhone, website, school);
    }

    /** The same section with an area's {@code chosen} school. */
    PublicSection with(Optional<OrganisationId> chosen) {
        return copy(roadmap, news, events, practices, curatorName, curatorPhone, website, chosen);
    }

    /** What the feeds read: who the section is and its {@code latest} news — no contacts, no chosen school. */
    PublicSection newsOnly(List<PublicationView> latest) {
        return copy(List.of(), latest, List.of(), List.of(), null, null, null, Optional.empty());
    }

    private PublicSection copy(
            List<PublicRoadmap.Stage> roadmap,
            List<PublicationView> news,
            List<EventView> events,
            List<PublicPractices.Shown> practices,
            String curatorName,
            String curatorPhone,
            String website,
            Optional<OrganisationId> school) {
        return new PublicSection(
                slug,
                organisation,
                name,
                kind,
                roadmap,
                news,
                events,
                practices,
                curatorName,
                curatorPhone,
                website,
                schools,
                areas,
                school);
    }

    /** Whose an item is, as an area's lists name it: the school's name, or the area's own. */
    public String schoolName(OrganisationId id) {
        return schools.getOrDefault(id, areas.getOrDefault(id, ""));
    }

    /** The tag of what the page shows: the same item list, the same stage statuses → the same tag. */
    public String etag() {
        int content = java.util.Objects.hash(
                news.stream().map(n -> n.id().value() + ":" + n.version()).toList(),
                events.stream().map(e -> e.id().value() + ":" + e.version()).toList(),
                practices.stream().map(p -> p.id().value()).toList(),
                roadmap.stream()
                        .flatMap(s -> s.activities().stream())
                        .map(a -> a.content() + a.status() + a.deadline())
                        .toList(),
                curatorName,
                curatorPhone,
                website,
                name,
                school.map(OrganisationId::value).orElse((UUID) null));
        return "\"" + Integer.toHexString(content) + "\"";
    }
}
