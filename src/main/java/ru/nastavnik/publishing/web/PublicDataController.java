package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
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
import ru.nastavnik.publishing.internal.NewsStage;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.publishing.internal.PublicDocuments;
import ru.nastavnik.publishing.internal.PublicSection;
import ru.nastavnik.publishing.internal.PublicSections;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * What a school's own site and search engines take from the public section: the widget's script and the sitemap
 * (the section's lists for a portal are {@link PublicApiController}'s). Anonymous, stateless, ETag/304.
 */
@RestController
@RequestMapping("/o/{slug}/nastavnichestvo")
@Tag(name = "Публичный раздел «Наставничество»")
class PublicDataController {

    private static final Locale RU = Locale.forLanguageTag("ru");

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

    /** The script a school's site pastes: it puts the widget's frame right after itself — no third-party code. */
    @GetMapping(value = "/widget.js", produces = "text/javascript;charset=UTF-8")
    ResponseEntity<String> widgetScript(
            @PathVariable String slug,
            @RequestParam(required = false) Integer n,
            @RequestParam(required = false) String stage,
            WebRequest request) {
        PublicSection section = sections.header(slug);
        int count = WidgetSize.of(n);
        NewsStage at = NewsStage.parse(stage);
        String frame = home(section) + "/widget?n=" + count + (at == null ? "" : "&stage=" + at.number());
        String etag = "\"widget-js-" + Integer.toHexString((frame + section.name()).hashCode()) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        String title = messages.getMessage("publishing.public.title", new Object[] {section.name()}, RU);
        String script = "(function () {\n"
                + "  var here = document.currentScript;\n"
                + "  var frame = document.createElement('iframe');\n"
                + "  frame.src = '" + js(frame) + "';\n"
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

    /** A bad stage in the widget's address: the same Russian sentence as the feeds and the API, as plain text. */
    @ExceptionHandler(NewsStage.BadStage.class)
    ResponseEntity<String> badStage(NewsStage.BadStage e) {
        return ResponseEntity.badRequest()
                .contentType(new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
                .header("Access-Control-Allow-Origin", "*")
                .body(messages.getMessage(
                        "publishingStages.badStage", new Object[] {e.given(), NewsStage.FIRST, NewsStage.LAST}, RU));
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(404)
                .contentType(MediaType.TEXT_PLAIN)
                .body(messages.getMessage("publishing.public.notFound", null, RU));
    }

    private String home(PublicSection section) {
        return base.of("/o/" + section.slug() + "/nastavnichestvo");
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
