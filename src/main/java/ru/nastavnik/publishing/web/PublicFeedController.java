package ru.nastavnik.publishing.web;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.Date;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import ru.nastavnik.publishing.internal.NewsStage;
import ru.nastavnik.publishing.internal.PublicLists;
import ru.nastavnik.publishing.internal.PublicSection;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * The section's news as RSS 2.0 and Atom 1.0, written by ROME (never by concatenation: titles are the curator's
 * text). A municipality's or region's feed carries its schools' news.
 */
@RestController
class PublicFeedController {

    private static final java.util.Locale RU = java.util.Locale.forLanguageTag("ru");
    private static final int FEED_SIZE = 50;

    private final PublicLists lists;
    private final PublicBaseUrl base;
    private final MessageSource messages;

    PublicFeedController(PublicLists lists, PublicBaseUrl base, MessageSource messages) {
        this.lists = lists;
        this.base = base;
        this.messages = messages;
    }

    @GetMapping("/o/{slug}/nastavnichestvo/rss.xml")
    ResponseEntity<String> rss(
            @PathVariable String slug, @RequestParam(required = false) String stage, WebRequest request)
            throws FeedException {
        return feed(
                slug,
                NewsStage.parse(stage),
                "rss_2.0",
                MediaType.parseMediaType("application/rss+xml;charset=UTF-8"),
                request);
    }

    @GetMapping("/o/{slug}/nastavnichestvo/atom.xml")
    ResponseEntity<String> atom(
            @PathVariable String slug, @RequestParam(required = false) String stage, WebRequest request)
            throws FeedException {
        return feed(
                slug,
                NewsStage.parse(stage),
                "atom_1.0",
                MediaType.parseMediaType("application/atom+xml;charset=UTF-8"),
                request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .contentType(MediaType.TEXT_PLAIN)
                .body(messages.getMessage("publishing.public.notFound", null, RU));
    }

    @ExceptionHandler(NewsStage.BadStage.class)
    ResponseEntity<String> badStage(NewsStage.BadStage e) {
        return ResponseEntity.badRequest()
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .body(messages.getMessage(
                        "publishingStages.badStage", new Object[] {e.given(), NewsStage.FIRST, NewsStage.LAST}, RU));
    }

    private ResponseEntity<String> feed(
            String slug, NewsStage stage, String type, MediaType mediaType, WebRequest request) throws FeedException {
        PublicSection section = lists.feed(slug, stage, FEED_SIZE);
        String etag = section.etag().replace("\"", "\"" + type.charAt(0));
        if (request.checkNotModified(etag)) {
            return null;
        }
        String home = base.of("/o/" + section.slug() + "/nastavnichestvo");
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(messages.getMessage("publishing.feed.title", new Object[] {section.name()}, RU));
        feed.setLink(home);
        feed.setUri(home);
        feed.setDescription(messages.getMessage("publishing.feed.description", new Object[] {section.name()}, RU));
        feed.setLanguage("ru");
        List<SyndEntry> entries =
                section.news().stream().map(n -> entry(home, n)).toList();
        feed.setEntries(entries);
        feed.setPublishedDate(
                section.news().isEmpty()
                        ? null
                        : Date.from(section.news().get(0).publishedAt()));
        return ResponseEntity.ok()
                .contentType(mediaType)
                .eTag(etag)
                .cacheControl(PublicSectionController.REVALIDATE)
                .body(new SyndFeedOutput().outputString(feed));
    }

    private static SyndEntry entry(String home, PublicationView news) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(news.title());
        entry.setLink(home + "/news/" + news.id());
        entry.setUri(home + "/news/" + news.id());
        entry.setPublishedDate(Date.from(news.publishedAt()));
        entry.setUpdatedDate(Date.from(news.updatedAt()));
        SyndContent content = new SyndContentImpl();
        content.setType("text/html");
        content.setValue(news.body());
        entry.setDescription(content);
        return entry;
    }
}
