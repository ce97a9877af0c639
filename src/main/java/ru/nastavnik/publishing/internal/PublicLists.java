package ru.nastavnik.publishing.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.PublicEvents;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.OrganisationId;

/**
 * The public section's lists a page at a time — the section's page with its latest practices and documents, the
 * practices' and the documents' own pages, the version for the visually impaired and the public API — each read by
 * one query of what it shows, so that an area of a thousand schools costs a page, not its whole history.
 */
@Service
@Transactional(readOnly = true)
public class PublicLists {

    private final PublicSections sections;
    private final PublicNews news;
    private final PublicPractices practices;
    private final PublicDocuments documents;
    private final PublicationRepository publications;

    PublicLists(
            PublicSections sections,
            PublicNews news,
            PublicPractices practices,
            PublicDocuments documents,
            PublicationRepository publications) {
        this.sections = sections;
        this.news = news;
        this.practices = practices;
        this.documents = documents;
        this.publications = publications;
    }

    /** The section's page: as {@link PublicSections#page}, with its ten latest practices and shown documents. */
    public PublicSectionPage section(String slug, OrganisationId school, PublicationSource topic, int page) {
        return section(slug, school, topic, null, page);
    }

    /** The section's page with its news at one roadmap {@code stage} (null: every stage). */
    public PublicSectionPage section(
            String slug, OrganisationId school, PublicationSource topic, NewsStage stage, int page) {
        PublicSectionPage shown = sections.page(slug, school, topic, stage, page);
        List<OrganisationId> whose = shown.section().shown();
        return shown.with(
                practices(whose, 1, PublicSectionPage.LIST_SHOWN), documents(whose, 1, PublicSectionPage.LIST_SHOWN));
    }

    /** Every shown practice of the section (an area's: of its schools, or of the chosen one), a page at a time. */
    public PublicSectionPage practices(String slug, OrganisationId school, int page) {
        PublicSection scope = scope(slug, school);
        return PublicSectionPage.list(
                scope,
                PublicSectionPage.none(),
                practices(scope.shown(), page, PublicSectionPage.LIST_PAGE),
                PublicSectionPage.none());
    }

    /** Every shown document of the section, a page at a time. */
    public PublicSectionPage documents(String slug, OrganisationId school, int page) {
        PublicSection scope = scope(slug, school);
        return PublicSectionPage.list(
                scope,
                PublicSectionPage.none(),
                PublicSectionPage.none(),
                documents(scope.shown(), page, PublicSectionPage.LIST_PAGE));
    }

    /**
     * The version for the visually impaired: the roadmap and contacts (a school), one page of news, the latest held
     * events, practices and documents, as the section's page shows them.
     */
    public PublicSectionPage accessible(String slug, OrganisationId school, int page) {
        return accessible(slug, school, null, page);
    }

    /**
     * The version for the visually impaired with its news at one roadmap {@code stage} (null: every stage): what the
     * section's page shows, every topic.
     */
    public PublicSectionPage accessible(String slug, OrganisationId school, NewsStage stage, int page) {
        return section(slug, school, null, stage, page);
    }

    /** The section at {@code slug} with an area's {@code school} chosen when it is one of its own; no lists. */
    public PublicSection scope(String slug, OrganisationId school) {
        return sections.scope(slug, school);
    }

    /** A page of the scope's published news with their text (names hidden as on the pages), newest first. */
    public Paged<PublicationView> newsWithText(PublicSection scope, int page, int size) {
        Paged<StagedNews> staged = newsWithText(scope, null, page, size);
        return new Paged<>(
                staged.items().stream().map(StagedNews::item).toList(), staged.page(), staged.pages(), staged.total());
    }

    /** A published item with its roadmap stages ({@link NewsStage}). */
    public record StagedNews(PublicationView item, List<Integer> stages) {}

    /** A page of the scope's published news at one roadmap {@code stage} (null: every stage), with their text. */
    public Paged<StagedNews> newsWithText(PublicSection scope, NewsStage stage, int page, int size) {
        Paged<PublicNews.Line> lines = news.page(scope.shown(), null, stage, page, size);
        Map<UUID, PublicationView> byId =
                publications
                        .findAllById(
                                lines.items().stream().map(l -> l.id().value()).toList())
                        .stream()
                        .filter(p -> p.status() == PublicationStatus.PUBLISHED)
                        .map(Publication::view)
                        .collect(Collectors.toMap(v -> v.id().value(), Function.identity()));
        List<StagedNews> items = lines.items().stream()
                .filter(l -> byId.containsKey(l.id().value()))
                .map(l -> new StagedNews(byId.get(l.id().value()), l.stages()))
                .toList();
        return new Paged<>(items, lines.page(), lines.pages(), lines.total());
    }

    /** The feeds' latest {@code count} news with their text, at one roadmap {@code stage} (null: every stage). */
    public PublicSection feed(String slug, NewsStage stage, int count) {
        if (stage == null) {
            return sections.newsOnly(slug, count);
        }
        PublicSection scope = scope(slug, null);
        return scope.newsOnly(newsWithText(scope, stage, 1, count).items().stream()
                .map(StagedNews::item)
                .toList());
    }

    public Paged<PublicEvents.Held> events(PublicSection scope, int page, int size) {
        return sections.held(scope.shown(), page, size);
    }

    public Paged<PublicPractices.Shown> practices(List<OrganisationId> whose, int page, int size) {
        PublicPractices.ShownPage shown = practices.page(whose, Paged.offset(page, size), size);
        return Paged.of(shown.practices(), shown.total(), page, size);
    }

    public Paged<PublicDocumentView> documents(List<OrganisationId> whose, int page, int size) {
        return Paged.slice(documents.shownBy(whose), page, size);
    }
}
