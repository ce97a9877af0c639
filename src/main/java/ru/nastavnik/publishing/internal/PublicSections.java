package ru.nastavnik.publishing.internal;

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
import ru.nastavnik.publishing.PublicationSource;
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
    private final PublicNews newsLines;
    private final PublicCurator curator;

    PublicSections(
            PublicSiteRepository sites,
            PublicationRepository publications,
            Organisations organisations,
            PublicRoadmap roadmap,
            PublicEvents events,
            PublicPractices practices,
            PublicNews newsLines,
            PublicCurator curator) {
        this.newsLines = newsLines;
        this.curator = curator;
        this.sites = sites;
        this.publications = publications;
        this.organisations = organisations;
        this.roadmap = roadmap;
        this.events = events;
        this.practices = practices;
    }

    /** The section at {@code slug}, its schools filtered to {@code school} when one of them is chosen; 404 otherwise. */
    public PublicSection of(String slug, OrganisationId school) {
        PublicSection scope = scope(slug, school);
        List<OrganisationId> shown = scope.shown();
        return scope.with(roadmapOf(scope), news(shown), events.heldBy(shown), practices.of(shown));
    }

    /**
     * The section's page as the public reads it: the roadmap and contacts (a school), one page of
     * news ({@code topic}: one kind of news, or all) and the latest held events with their count — each list read by
     * one query of what the page shows. An area's {@code school} filters every list to that school.
     */
    public PublicSectionPage page(String slug, OrganisationId school, PublicationSource topic, int page) {
        return page(slug, school, topic, null, page);
    }

    /** As {@link #page(String, OrganisationId, PublicationSource, int)}, the news at one roadmap {@code stage}. */
    public PublicSectionPage page(
            String slug, OrganisationId school, PublicationSource topic, NewsStage stage, int page) {
        PublicSection scope = scope(slug, school);
        List<OrganisationId> shown = scope.shown();
        return new PublicSectionPage(
                scope.with(roadmapOf(scope), List.of(), List.of(), List.of()),
                Optional.ofNullable(topic),
                Optional.ofNullable(stage),
                newsLines.page(shown, topic, stage, page, PublicSectionPage.NEWS_PAGE),
                held(shown, 1, PublicSectionPage.EVENTS_SHOWN));
    }

    /** Every held event of the section (an area's: of its schools, or of the chosen one), a page at a time. */
    public PublicSectionPage events(String slug, OrganisationId school, int page) {
        PublicSection scope = scope(slug, school);
        return PublicSectionPage.list(
                scope,
                held(scope.shown(), page, PublicSectionPage.EVENTS_PAGE),
                PublicSectionPage.none(),
                PublicSectionPage.none());
    }

    /** The section at {@code slug} with an area's {@code school} chosen when it is one of its own; no lists. */
    public PublicSection scope(String slug, OrganisationId school) {
        PublicSection header = header(slug);
        Optional<OrganisationId> chosen =
                header.area() ? Optional.ofNullable(school).filter(header.schools()::containsKey) : Optional.empty();
        return header.with(chosen);
    }

    /** Page {@code page} of the events held by {@code whose}, newest first, {@code size} a page. */
    public Paged<PublicEvents.Held> held(List<OrganisationId> whose, int page, int size) {
        PublicEvents.HeldPage held = events.held(whose, Paged.offset(page, size), size);
        return Paged.of(held.events(), held.total(), page, size);
    }

    /**
     * Who the section is (the name, the contacts, an area's schools for its filter) without any of its lists: what a
     * news item's or a document's page, the widget and the cache's key need.
     */
    public PublicSection header(String slug) {
        PublicSite site = sites.bySlug(slug == null ? "" : slug.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(NotFoundException::new);
        OrganisationSummary organisation =
                organisations.find(new OrganisationId(site.organisationId())).orElseThrow(NotFoundException::new);
        Requisites requisites = organisation.requisites() == null ? Requisites.empty() : organisation.requisites();
        if (organisation.kind() == OrganisationKind.ORGANISATION) {
            return new PublicSection(
                    site.slug(),
                    organisation.id(),
                    organisation.name(),
                    organisation.kind(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    curator.shown(organisation.id(), requisites.curatorName()),
                    requisites.curatorPhone(),
                    requisites.website(),
                    Map.of(organisation.id(), organisation.name()),
                    Map.of(),
                    Optional.empty());
        }
        Map<OrganisationId, String> schools = new LinkedHashMap<>();
        Map<OrganisationId, String> areas = new LinkedHashMap<>();
        areas.put(organisation.id(), organisation.name());
        organisations.subtree(organisation.id()).stream()
                .sorted(java.util.Comparator.comparing(
                        OrganisationSummary::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .forEach(o ->
                        (o.kind() == OrganisationKind.ORGANISATION ? schools : areas).putIfAbsent(o.id(), o.name()));
        return new PublicSection(
                site.slug(),
                organisation.id(),
                organisation.name(),
                organisation.kind(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                requisites.website(),
                schools,
                areas,
                Optional.empty());
    }

    /**
     * The school's current roadmap as its section shows it: the overdue mark only where the school chose to publish it.
     * Its site row is already in the transaction's persistence context (read by {@link #header}): no second query.
     */
    public List<PublicRoadmap.Stage> roadmap(OrganisationId school) {
        boolean overdueShown =
                sites.findById(school.value()).map(PublicSite::showsOverdue).orElse(false);
        return OverdueMark.shown(roadmap.current(school), overdueShown);
    }

    /** A school's roadmap as shown; an area shows none of its own. */
    private List<PublicRoadmap.Stage> roadmapOf(PublicSection scope) {
        return scope.area() ? List.of() : roadmap(scope.organisation());
    }

    /** The latest {@code count} news of the section, for the widget. */
    public List<PublicNews.Line> latest(PublicSection header, int count) {
        return latest(header, null, count);
    }

    /** The latest {@code count} news of the section at one roadmap {@code stage} (null: every stage), for the widget. */
    public List<PublicNews.Line> latest(PublicSection header, NewsStage stage, int count) {
        return newsLines.page(header.whole(), null, stage, 1, count).items();
    }

    /**
     * The section's latest {@code count} news with their text, for the feeds, which show nothing else: neither the
     * events nor the older news of a school or of an area's schools are read for every feed reader.
     */
    public PublicSection newsOnly(String slug, int count) {
        PublicSection header = header(slug);
        return header.newsOnly(publications
                .latestPublished(
                        header.whole().stream().map(OrganisationId::value).toList(),
                        org.springframework.data.domain.PageRequest.of(0, count))
                .stream()
                .map(Publication::view)
                .toList());
    }

    /** One published item of the section's organisation (or, for an area, its own or one of its schools'). */
    public PublicationView item(String slug, PublicationId id) {
        PublicSection section = header(slug);
        return publications
                .findById(id.value())
                .filter(p -> p.status() == PublicationStatus.PUBLISHED)
                .filter(p -> section.covers(p.organisation()))
                .map(Publication::view)
                .orElseThrow(NotFoundException::new);
    }

    private List<PublicationView> news(List<OrganisationId> organisations) {
        return organisations.isEmpty()
                ? List.of()
                : publications
                        .publishedBy(organisations.stream()
                                .map(OrganisationId::value)
                                .toList())
                        .stream()
                        .map(Publication::view)
                        .toList();
    }
}
