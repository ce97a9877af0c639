package ru.nastavnik.publishing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.events.PublicEvents;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.roadmap.PublicRoadmap;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;

/**
 * The public sections, read by anyone without signing in: only published news (a draft is never reachable, whatever
 * the address), held events without invited names, practices whose authors consented to distribution.
 */
@Service
@Transactional(readOnly = true)
public class PublicSections {

    private final PublicSiteRepository sites;
    private final PublicationRepository publications;
    private final Organisations organisations;
    private final PublicRoadmap roadmap;
    private final PublicEvents events;
    private final PublicPractices practices;

    PublicSections(PublicSiteRepository sites, PublicationRepository publications, Organisations organisations,
            PublicRoadmap roadmap, PublicEvents events, PublicPractices practices) {
        this.sites = sites;
        this.publications = publications;
        this.organisations = organisations;
        this.roadmap = roadmap;
        this.events = events;
        this.practices = practices;
    }

    /** The section at {@code slug}, its schools filtered to {@code school} when one of them is chosen; 404 otherwise. */
    public PublicSection of(String slug, OrganisationId school) {
        PublicSite site = sites.bySlug(slug == null ? "" : slug.toLowerCase(java.util.Locale.ROOT)).orElseThrow(NotFoundException::new);
        OrganisationSummary organisation = organisations.find(new OrganisationId(site.organisationId()))
                .orElseThrow(NotFoundException::new);
        Requisites requisites = organisation.requisites() == null ? Requisites.empty() : organisation.requisites();
        if (organisation.kind() == OrganisationKind.ORGANISATION) {
            List<OrganisationId> self = List.of(organisation.id());
            return new PublicSection(site.slug(), organisation.id(), organisation.name(), organisation.kind(),
                    roadmap.current(organisation.id()), news(self), events.heldBy(self), practices.of(self),
                    requisites.curatorName(), requisites.curatorPhone(), requisites.website(),
                    Map.of(organisation.id(), organisation.name()), Optional.empty());
        }
        Map<OrganisationId, String> schools = new LinkedHashMap<>();
        organisations.subtree(organisation.id()).stream().filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .sorted(java.util.Comparator.comparing(OrganisationSummary::name))
                .forEach(o -> schools.put(o.id(), o.name()));
        Optional<OrganisationId> chosen = Optional.ofNullable(school).filter(schools::containsKey);
        List<OrganisationId> shown = chosen.map(List::of).orElseGet(() -> List.copyOf(schools.keySet()));
        return new PublicSection(site.slug(), organisation.id(), organisation.name(), organisation.kind(), List.of(),
                news(shown), events.heldBy(shown), practices.of(shown), null, null, requisites.website(), schools, chosen);
    }

    /**
     * The section's news alone (roadmap, events and practices left empty), for the feeds, which show nothing else:
     * the events of a school or of an area's schools are not read for every feed reader.
     */
    public PublicSection newsOnly(String slug) {
        PublicSite site = sites.bySlug(slug == null ? "" : slug.toLowerCase(java.util.Locale.ROOT)).orElseThrow(NotFoundException::new);
        OrganisationSummary organisation = organisations.find(new OrganisationId(site.organisationId()))
                .orElseThrow(NotFoundException::new);
        Map<OrganisationId, String> schools = new LinkedHashMap<>();
        if (organisation.kind() == OrganisationKind.ORGANISATION) {
            schools.put(organisation.id(), organisation.name());
        } else {
            organisations.subtree(organisation.id()).stream().filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                    .forEach(o -> schools.put(o.id(), o.name()));
        }
        return new PublicSection(site.slug(), organisation.id(), organisation.name(), organisation.kind(), List.of(),
                news(List.copyOf(schools.keySet())), List.of(), List.of(), null, null, null, schools, Optional.empty());
    }

    /** One published item of the section's organisation (or, for an area, of one of its schools). */
    public PublicationView item(String slug, PublicationId id) {
        PublicSection section = of(slug, null);
        return publications.findById(id.value()).filter(p -> p.status() == PublicationStatus.PUBLISHED)
                .filter(p -> section.schools().containsKey(p.organisation())).map(Publication::view)
                .orElseThrow(NotFoundException::new);
    }

    private List<PublicationView> news(List<OrganisationId> organisations) {
        return organisations.isEmpty() ? List.of()
                : publications.publishedBy(organisations.stream().map(OrganisationId::value).toList()).stream()
                        .map(Publication::view).toList();
    }
}
