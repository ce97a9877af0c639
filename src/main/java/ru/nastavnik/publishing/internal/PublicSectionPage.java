package ru.nastavnik.publishing.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import ru.nastavnik.events.PublicEvents;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.publishing.PublicationSource;

/**
 * A public list page of a section: the section (roadmap, contacts, an area's schools), one page of its news, its held
 * events, its practices and its shown documents (the latest few on the section's page, a page of all of them on each
 * list's own page), with the addresses of the other pages keeping the chosen school, topic and roadmap stage — links,
 * so that paging and the filters need no script.
 */
public record PublicSectionPage(
        PublicSection section,
        Optional<PublicationSource> topic,
        Optional<NewsStage> stage,
        Paged<PublicNews.Line> news,
        Paged<PublicEvents.Held> events,
        Paged<PublicPractices.Shown> practices,
        Paged<PublicDocumentView> documents) {

    public static final int NEWS_PAGE = 20;
    public static final int EVENTS_SHOWN = 10;
    public static final int EVENTS_PAGE = 20;
    /** How many practices and documents the section's page shows before «all of them». */
    public static final int LIST_SHOWN = 10;

    public static final int LIST_PAGE = 20;

    PublicSectionPage(
            PublicSection section,
            Optional<PublicationSource> topic,
            Paged<PublicNews.Line> news,
            Paged<PublicEvents.Held> events) {
        this(section, topic, Optional.empty(), news, events, none(), none());
    }

    PublicSectionPage(
            PublicSection section,
            Optional<PublicationSource> topic,
            Optional<NewsStage> stage,
            Paged<PublicNews.Line> news,
            Paged<PublicEvents.Held> events) {
        this(section, topic, stage, news, events, none(), none());
    }

    /** A list's own page (events, practices or documents): the section without its news; the other lists empty. */
    static PublicSectionPage list(
            PublicSection scope,
            Paged<PublicEvents.Held> events,
            Paged<PublicPractices.Shown> practices,
            Paged<PublicDocumentView> documents) {
        return new PublicSectionPage(scope, Optional.empty(), Optional.empty(), none(), events, practices, documents);
    }

    static <T> Paged<T> none() {
        return Paged.of(List.of(), 0, 1, LIST_PAGE);
    }

    PublicSectionPage with(Paged<PublicPractices.Shown> practices, Paged<PublicDocumentView> documents) {
        return new PublicSectionPage(section, topic, stage, news, events, practices, documents);
    }

    public String home() {
        return "/o/" + section.slug() + "/nastavnichestvo";
    }

    /** The section's page {@code page} of news, with the same school, topic and stage. */
    public String newsPage(int page) {
        return home() + query(page, true, stage);
    }

    /** The section's first page of news at {@code stage} (null: every stage), with the same school and topic. */
    public String stagePage(NewsStage stage) {
        return home() + query(1, true, Optional.ofNullable(stage));
    }

    /** The section's news of stage {@code number} (the roadmap block's link to them). */
    public String stageNumberPage(int number) {
        return stagePage(new NewsStage(number));
    }

    /** The version for the visually impaired, its news of stage {@code number}. */
    public String accessibleStageNumberPage(int number) {
        return accessibleStagePage(new NewsStage(number));
    }

    /** The version for the visually impaired at {@code stage} (null: every stage), with the same school. */
    public String accessibleStagePage(NewsStage stage) {
        return home() + "/dlya-slabovidyashchih" + query(1, false, Optional.ofNullable(stage));
    }

    /** Whether the news are filtered by {@code stage} (null: by none), for the filter's aria-current. */
    public boolean current(NewsStage stage) {
        return stage == null
                ? this.stage.isEmpty()
                : this.stage.filter(stage::equals).isPresent();
    }

    public List<NewsStage> stages() {
        return NewsStage.all();
    }

    /** The events page {@code page}, with the same school. */
    public String eventsPage(int page) {
        return home() + "/events" + query(page, false, Optional.empty());
    }

    /** The practices page {@code page}, with the same school. */
    public String practicesPage(int page) {
        return home() + "/practices" + query(page, false, Optional.empty());
    }

    /** The documents page {@code page}, with the same school. */
    public String documentsPage(int page) {
        return home() + "/documents" + query(page, false, Optional.empty());
    }

    /** The version for the visually impaired, its page {@code page} of news, with the same school and stage. */
    public String accessiblePage(int page) {
        return home() + "/dlya-slabovidyashchih" + query(page, false, stage);
    }

    public boolean moreEvents() {
        return events.total() > events.items().size();
    }

    public boolean morePractices() {
        return practices.total() > practices.items().size();
    }

    public boolean moreDocuments() {
        return documents.total() > documents.items().size();
    }

    private String query(int page, boolean withTopic, Optional<NewsStage> stage) {
        StringBuilder query = new StringBuilder();
        section.school().ifPresent(s -> query.append("&school=").append(s.value()));
        if (withTopic) {
            topic.ifPresent(t -> query.append("&topic=").append(URLEncoder.encode(t.name(), StandardCharsets.UTF_8)));
        }
        stage.ifPresent(s -> query.append("&stage=").append(s.number()));
        if (page > 1) {
            query.append("&page=").append(page);
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
