package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import ru.nastavnik.publishing.DocumentMode;
import ru.nastavnik.publishing.DocumentPart;
import ru.nastavnik.publishing.PublicDocumentView;
import ru.nastavnik.publishing.PublicDocuments;
import ru.nastavnik.publishing.PublicSection;
import ru.nastavnik.publishing.PublicSections;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * The public section's data for a regional portal or the school's own site: read-only, anonymous, stateless (the
 * section's security chain), the same consent rules as the page (the same data), ETag/304, and readable from any
 * origin — there is nothing private to protect in it, and no credentials are ever accepted.
 */
@RestController
@RequestMapping("/o/{slug}/nastavnichestvo")
@Tag(name = "Публичный раздел «Наставничество»")
class PublicDataController {

    private static final Locale RU = Locale.forLanguageTag("ru");

    record News(
            UUID id,
            OrganisationId organisationId,
            String school,
            String title,
            String html,
            Instant publishedAt,
            Instant updatedAt,
            String url) {}

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

    private final PublicSections sections;
    private final PublicDocuments documents;
    private final PublicBaseUrl base;
    private final MessageSource messages;

    PublicDataController(
            PublicSections sections, PublicDocuments documents, PublicBaseUrl base, MessageSource messages) {
        this.sections = sections;
        this.documents = documents;
        this.base = base;
        this.messages = messages;
    }

    @GetMapping("/api/publications")
    @Operation(summary = "Опубликованные новости раздела (для области — новости её школ; school — фильтр)")
    ResponseEntity<List<News>> publications(
            @PathVariable String slug, @RequestParam(required = false) String school, WebRequest request) {
        PublicSection section = section(slug, school);
        return json(
                request,
                PublicPagesController.etag(section, List.of(), "api-news"),
                section.news().stream()
                        .map(n -> new News(
                                n.id().value(),
                                n.organisationId(),
                                section.schoolName(n.organisationId()),
                                n.title(),
                                n.body(),
                                n.publishedAt(),
                                n.updatedAt(),
                                home(section) + "/news/" + n.id()))
                        .toList());
    }

    @GetMapping("/api/events")
    @Operation(summary = "Проведённые мероприятия: даты, число участников и итоги, без имён приглашённых")
    ResponseEntity<List<Event>> events(
            @PathVariable String slug, @RequestParam(required = false) String school, WebRequest request) {
        PublicSection section = section(slug, school);
        return json(
                request,
                PublicPagesController.etag(section, List.of(), "api-events"),
                section.events().stream()
                        .map(e -> new Event(
                                e.id().value(),
                                e.organisationId(),
                                section.schoolName(e.organisationId()),
                                e.title(),
                                e.startsAt(),
                                e.endsAt(),
                                e.period(),
                                e.attended(),
                                e.protocol() == null ? null : e.protocol().decided()))
                        .toList());
    }

    @GetMapping("/api/practices")
    @Operation(summary = "Лучшие практики школ, авторы которых дали согласие на распространение (авторы не называются)")
    ResponseEntity<List<Practice>> practices(
            @PathVariable String slug, @RequestParam(required = false) String school, WebRequest request) {
        PublicSection section = section(slug, school);
        return json(
                request,
                PublicPagesController.etag(section, List.of(), "api-practices"),
                section.practices().stream()
                        .map(p -> new Practice(
                                p.id().value(), p.school(), section.schoolName(p.school()), p.title(), p.summary()))
                        .toList());
    }

    @GetMapping("/api/documents")
    @Operation(
            summary =
                    "Положение, дорожная карта и приказы, которые куратор решил показать (с именами или без персональных данных)")
    ResponseEntity<List<Document>> documents(
            @PathVariable String slug, @RequestParam(required = false) String school, WebRequest request) {
        PublicSection section = section(slug, school);
        List<PublicDocumentView> shown = documents.shownBy(shownSchools(section));
        return json(
                request,
                PublicPagesController.etag(section, shown, "api-documents"),
                shown.stream()
                        .map(d -> new Document(
                                d.id(),
                                d.organisationId(),
                                section.schoolName(d.organisationId()),
                                d.part(),
                                d.title(),
                                d.number(),
                                d.date(),
                                d.mode() == DocumentMode.NAMED,
                                home(section) + "/documents/" + d.id()))
                        .toList());
    }

    /** The script a school's site pastes: it puts the widget's frame right after itself — no third-party code. */
    @GetMapping(value = "/widget.js", produces = "text/javascript;charset=UTF-8")
    ResponseEntity<String> widgetScript(
            @PathVariable String slug, @RequestParam(required = false) Integer n, WebRequest request) {
        PublicSection section = sections.of(slug, null);
        int count = WidgetSize.of(n);
        String etag = "\"widget-js-" + Integer.toHexString((section.slug() + count + section.name()).hashCode()) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        String title = messages.getMessage("publishing.public.title", new Object[] {section.name()}, RU);
        String script = "(function () {\n"
                + "  var here = document.currentScript;\n"
                + "  var frame = document.createElement('iframe');\n"
                + "  frame.src = '" + js(home(section) + "/widget?n=" + count) + "';\n"
                + "  frame.title = '" + js(title) + "';\n"
                + "  frame.loading = 'lazy';\n"
                + "  frame.width = '100%';\n"
                + "  frame.height = '" + (90 + 70 * count) + "';\n"
                + "  frame.setAttribute('frameborder', '0');\n"
                + "  here.parentNode.insertBefore(frame, here.nextSibling);\n"
                + "})();\n";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/javascript;charset=UTF-8"))
                .eTag(etag)
                .cacheControl(PublicSectionController.REVALIDATE)
                .header("Access-Control-Allow-Origin", "*")
                .body(script);
    }

    @GetMapping(value = "/sitemap.xml", produces = "application/xml;charset=UTF-8")
    ResponseEntity<String> sitemap(@PathVariable String slug, WebRequest request) {
        PublicSection section = sections.of(slug, null);
        List<PublicDocumentView> shown = documents.shownBy(section.schools().keySet());
        String etag = PublicPagesController.etag(section, shown, "sitemap");
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
                .eTag(etag)
                .cacheControl(PublicSectionController.REVALIDATE)
                .body(Sitemap.of(home(section), section, shown));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .contentType(MediaType.TEXT_PLAIN)
                .body(messages.getMessage("publishing.public.notFound", null, RU));
    }

    private PublicSection section(String slug, String school) {
        return sections.of(slug, PublicSectionController.schoolId(school));
    }

    private static List<OrganisationId> shownSchools(PublicSection section) {
        return section.school()
                .map(List::of)
                .orElseGet(() -> List.copyOf(section.schools().keySet()));
    }

    private String home(PublicSection section) {
        return base.of("/o/" + section.slug() + "/nastavnichestvo");
    }

    private static <T> ResponseEntity<T> json(WebRequest request, String etag, T body) {
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .eTag(etag)
                .cacheControl(PublicSectionController.REVALIDATE)
                .header("Access-Control-Allow-Origin", "*")
                .body(body);
    }

    /** A JavaScript single-quoted string's content: no quote, backslash, line end or «</script>» can break out. */
    static String js(String text) {
        return text.replace("\\", "\\\\")
                .replace("'", "\\'")
                .replace("\n", "\\n")
                .replace("\r", "\\r")
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }
}
