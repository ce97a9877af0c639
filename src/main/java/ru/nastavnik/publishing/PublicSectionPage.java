package ru.nastavnik.publishing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import ru.nastavnik.events.PublicEvents;

/**
 * A public list page of a section: the section (roadmap, practices, contacts, an area's schools), one page of its
 * news and its held events (the latest few on the section's page, a page of all of them on the events page), with the
 * addresses of the other pages keeping the chosen school and topic — links, so that paging needs no script.
 */
public record PublicSectionPage(
        PublicSection section,
        Optional<PublicationSource> topic,
        Paged<PublicNews.Line> news,
        Paged<PublicEvents.Held> events) {

    public static final int NEWS_PAGE = 20;
    public static final int EVENTS_SHOWN = 10;
    public static final int EVENTS_PAGE = 20;

    public String home() {
        return "/o/" + section.slug() + "/nastavnichestvo";
    }

    /** The section's page {@code page} of news, with the same school and topic. */
    public String newsPage(int page) {
        return home() + query(page, true);
    }

    /** The events page {@code page}, with the same school. */
    public String eventsPage(int page) {
        return home() + "/events" + query(page, false);
    }

    public boolean moreEvents() {
        return events.total() > events.items().size();
    }

    private String query(int page, boolean withTopic) {
        StringBuilder query = new StringBuilder();
        section.school().ifPresent(s -> query.append("&school=").append(s.value()));
        if (withTopic) {
            topic.ifPresent(t -> query.append("&topic=").append(URLEncoder.encode(t.name(), StandardCharsets.UTF_8)));
        }
        if (page > 1) {
            query.append("&page=").append(page);
        }
        return query.isEmpty() ? "" : "?" + query.substring(1);
    }
}
