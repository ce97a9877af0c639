package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import ru.nastavnik.events.PublicEvents;
import ru.nastavnik.practices.PublicPractices;
import ru.nastavnik.publishing.internal.DocumentMode;
import ru.nastavnik.publishing.internal.DocumentPart;
import ru.nastavnik.publishing.internal.NewsStage;
import ru.nastavnik.publishing.internal.Paged;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.publishing.internal.PublicLists;
import ru.nastavnik.publishing.internal.PublicSection;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * The public section's data for a regional portal or the school's own site: read-only, anonymous, stateless (the
 * section's security chain), the same consent rules as the page (the same data), a page of 20 at a time, ETag/304,
 * served from the page cache like the pages, and readable from any origin — there is nothing private to protect in
 * it, and no credentials are ever accepted.
 */
@RestController
@RequestMapping("/o/{slug}/nastavnichestvo")
@Tag(name = "Публичный раздел «Наставничество»")
class PublicApiController {

    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final int PAGE = 20;
    private static final String TOTAL = "X-Total-Count";

    record News(
            UUID id,
            OrganisationId organisationId,
            String school,
            String title,
            String html,
            Instant publishedAt,
            Instant updatedAt,
            String url,
            List<Integer> stages) {}

    record Event(
            UUID id,
            OrganisationId organisationId,
            String school,
            String title,
            Instant startsAt,
            Instant endsAt,
            String period,
            int attended,
            String outcome) {}

    record Practice(UUID id, OrganisationId organisationId, String school, String title, String summary) {}

    record Document(
            UUID id,
            OrganisationId organisationId,
            String school,
            DocumentPart part,
            String title,
            String number,
            LocalDate date,
            boolean withNames,
            String url) {}

    private final PublicLists lists;
    private final PublicBaseUrl base;
    private final MessageSource messages;

    PublicApiController(PublicLists lists, PublicBaseUrl base, MessageSource messages) {
        this.lists = lists;
        this.base = base;
        this.messages = messages;
    }

    @GetMapping("/api/publications")
    @Operation(
            summary =
                    "Опубликованные новости раздела, по 20 на страницу (page; района, региона — и свои, и школ; school —"
                            + " фильтр; stage — этап дорожной карты 1–7, stages — этапы новости). Всего — в X-Total-Count,"
                            + " соседние страницы — в Link")
    ResponseEntity<List<News>> publications(
            @PathVariable String slug,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String page,
            WebRequest request) {
        PublicSection scope = lists.scope(slug, PublicSectionController.schoolId(school));
        NewsStage at = NewsStage.parse(stage);
        Paged<PublicLists.StagedNews> shown = lists.newsWithText(scope, at, Paged.number(page), PAGE);
        return json(
                request,
                scope,
                "publications" + (at == null ? "" : "?stage=" + at.number()),
                shown,
                shown.items().stream()
                        .map(s -> new News(
                                s.item().id().value(),
                                s.item().organisationId(),
                                scope.schoolName(s.item().organisationId()),
                                s.item().title(),
                                s.item().body(),
                                s.item().publishedAt(),
                                s.item().updatedAt(),
                                home(scope) + "/news/" + s.item().id(),
                                s.stages()))
                        .toList());
    }

    @GetMapping("/api/events")
    @Operation(
            summary =
                    "Проведённые мероприятия, по 20 на страницу: даты, число участников и итоги, без имён приглашённых")
    ResponseEntity<List<Event>> events(
            @PathVariable String slug,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String page,
            WebRequest request) {
        PublicSection scope = lists.scope(slug, PublicSectionController.schoolId(school));
        Paged<PublicEvents.Held> shown = lists.events(scope, Paged.number(page), PAGE);
        return json(
                request,
                scope,
                "events",
                shown,
                shown.items().stream()
                        .map(e -> new Event(
                                e.id().value(),
                                e.organisationId(),
                                scope.schoolName(e.organisationId()),
                                e.title(),
                                e.startsAt(),
                                e.endsAt(),
                                e.period(),
                                e.attended(),
                                e.decided()))
                        .toList());
    }

    @GetMapping("/api/practices")
    @Operation(
            summary = "Лучшие практики школ, авторы которых дали согласие на распространение (авторы не называются),"
                    + " по 20 на страницу")
    ResponseEntity<List<Practice>> practices(
            @PathVariable String slug,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String page,
            WebRequest request) {
        PublicSection scope = lists.scope(slug, PublicSectionController.schoolId(school));
        Paged<PublicPractices.Shown> shown = lists.practices(scope.shown(), Paged.number(page), PAGE);
        return json(
                request,
                scope,
                "practices",
                shown,
                shown.items().stream()
                        .map(p -> new Practice(
                                p.id().value(), p.school(), scope.schoolName(p.school()), p.title(), p.summary()))
                        .toList());
    }

    @GetMapping("/api/documents")
    @Operation(
            summary = "Положение, дорожная карта и приказы, которые куратор решил показать (с именами или без"
                    + " персональных данных), по 20 на страницу")
    ResponseEntity<List<Document>> documents(
            @PathVariable String slug,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String page,
            WebRequest request) {
        PublicSection scope = lists.scope(slug, PublicSectionController.schoolId(school));
        Paged<PublicDocumentView> shown = lists.documents(scope.shown(), Paged.number(page), PAGE);
        return json(
                request,
                scope,
                "documents",
                shown,
                shown.items().stream()
                        .map(d -> new Document(
                                d.id(),
                                d.organisationId(),
                                scope.schoolName(d.organisationId()),
                                d.part(),
                                d.title(),
                                d.number(),
                                d.date(),
                                d.mode() == DocumentMode.NAMED,
                                home(scope) + "/documents/" + d.id()))
                        .toList());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .contentType(MediaType.TEXT_PLAIN)
                .body(messages.getMessage("publishing.public.notFound", null, RU));
    }

    @ExceptionHandler(Paged.BadPageNumber.class)
    ResponseEntity<String> badPage(Paged.BadPageNumber e) {
        return ResponseEntity.badRequest()
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("Access-Control-Allow-Origin", "*")
                .body(messages.getMessage("publishingSpeed.badPage", new Object[] {e.given(), Paged.MAX_PAGE}, RU));
    }

    @ExceptionHandler(NewsStage.BadStage.class)
    ResponseEntity<String> badStage(NewsStage.BadStage e) {
        return ResponseEntity.badRequest()
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("Access-Control-Allow-Origin", "*")
                .body(messages.getMessage(
                        "publishingStages.badStage", new Object[] {e.given(), NewsStage.FIRST, NewsStage.LAST}, RU));
    }

    private String home(PublicSection section) {
        return base.of("/o/" + section.slug() + "/nastavnichestvo");
    }

    /**
     * A page of a list as JSON (an array, as before paging), revalidated by ETag, readable from any origin; how many
     * there are in all in {@code X-Total-Count} and the neighbouring pages in {@code Link} (RFC 8288), both exposed to
     * a portal's script.
     */
    private <T> ResponseEntity<List<T>> json(
            WebRequest request, PublicSection scope, String list, Paged<?> page, List<T> body) {
        String etag = "\""
                + Integer.toHexString(java.util.Objects.hash(
                        scope.slug(), scope.school().map(OrganisationId::value).orElse(null), list, body))
                + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        List<String> links = new java.util.ArrayList<>();
        if (page.hasPrevious()) {
            links.add("<" + apiPage(scope, list, page.previous()) + ">; rel=\"prev\"");
        }
        if (page.hasNext()) {
            links.add("<" + apiPage(scope, list, page.page() + 1) + ">; rel=\"next\"");
        }
        var answer = ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(etag)
                .cacheControl(PublicSectionController.REVALIDATE)
                .header("Access-Control-Allow-Origin", "*")
                .header("Access-Control-Expose-Headers", "X-Total-Count, Link")
                .header(TOTAL, Long.toString(page.total()));
        if (!links.isEmpty()) {
            answer.header(HttpHeaders.LINK, String.join(", ", links));
        }
        return answer.body(body);
    }

    private String apiPage(PublicSection scope, String list, int page) {
        // a list's name may carry its own filter (the news' «?stage=N»), kept on every page's address
        String[] named = list.split("\\?", 2);
        String filter = named.length > 1 ? named[1] + "&" : "";
        return home(scope) + "/api/" + named[0]
                + scope.school().map(s -> "?school=" + s.value() + "&").orElse("?") + filter + "page=" + page;
    }
}
