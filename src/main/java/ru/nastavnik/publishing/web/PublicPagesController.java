package ru.nastavnik.publishing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.WebRequest;
import ru.nastavnik.publishing.internal.NewsStage;
import ru.nastavnik.publishing.internal.Paged;
import ru.nastavnik.publishing.internal.PublicDocumentId;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.publishing.internal.PublicDocuments;
import ru.nastavnik.publishing.internal.PublicLists;
import ru.nastavnik.publishing.internal.PublicNews;
import ru.nastavnik.publishing.internal.PublicSection;
import ru.nastavnik.publishing.internal.PublicSectionPage;
import ru.nastavnik.publishing.internal.PublicSections;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * More of the public section: a shown document, the version for the visually impaired (required of school sites:
 * larger type, high contrast, no images) and the widget page a school's own site frames. Anonymous, revalidated by
 * ETag like the section itself; the widget page alone may be framed by other sites (see the security chain).
 */
@Controller
@RequestMapping("/o/{slug}/nastavnichestvo")
class PublicPagesController {

    static final String DOCUMENT = "publishing/public-document";
    static final String ACCESSIBLE = "publishing/public-accessible";
    static final String ACCESSIBLE_ITEM = "publishing/public-accessible-item";
    static final String WIDGET = "publishing/widget";
    static final String ACCESSIBLE_PATH = "/dlya-slabovidyashchih";

    private final PublicSections sections;
    private final PublicDocuments documents;
    private final PublicLists lists;
    private final PublicBaseUrl base;

    PublicPagesController(PublicSections sections, PublicDocuments documents, PublicLists lists, PublicBaseUrl base) {
        this.sections = sections;
        this.documents = documents;
        this.lists = lists;
        this.base = base;
    }

    /** The tag of a page showing the section and its documents: any change to either changes it. */
    static String etag(PublicSection section, List<PublicDocumentView> shown, String kind) {
        int documentsHash =
                Objects.hash(shown.stream().map(d -> d.id() + ":" + d.version()).toList(), kind);
        return "\"" + section.etag().replace("\"", "") + "-" + Integer.toHexString(documentsHash) + "\"";
    }

    @GetMapping("/documents/{id}")
    String document(
            @PathVariable String slug,
            @PathVariable PublicDocumentId id,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicSection section = sections.header(slug);
        PublicDocumentView document = documents.shown(section.schools().keySet(), id.value());
        response.setHeader("Cache-Control", PublicSectionController.REVALIDATE.getHeaderValue());
        if (request.checkNotModified("\"" + document.id() + "-" + document.version() + "\"")) {
            return null;
        }
        model.addAttribute("section", section);
        model.addAttribute("document", document);
        return DOCUMENT;
    }

    /** The version for the visually impaired: as the section's page, its news a page at a time. */
    @GetMapping(ACCESSIBLE_PATH)
    String accessible(
            @PathVariable String slug,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String page,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicSectionPage shown = lists.accessible(
                slug, PublicSectionController.schoolId(school), NewsStage.parse(stage), Paged.number(page));
        model.addAttribute("documents", shown.documents().items());
        model.addAttribute("canonical", base.of(shown.home() + ACCESSIBLE_PATH));
        return PublicSectionController.answer(shown, "accessible", ACCESSIBLE, request, response, model);
    }

    @GetMapping(ACCESSIBLE_PATH + "/news/{id}")
    String accessibleItem(
            @PathVariable String slug,
            @PathVariable PublicationId id,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicationView item = sections.item(slug, id);
        response.setHeader("Cache-Control", PublicSectionController.REVALIDATE.getHeaderValue());
        if (request.checkNotModified("\"" + item.id() + "-" + item.version() + "-a\"")) {
            return null;
        }
        model.addAttribute("section", sections.header(slug));
        model.addAttribute("item", item);
        model.addAttribute("body", withoutImages(item.body()));
        return ACCESSIBLE_ITEM;
    }

    /**
     * The latest {@code n} news and documents (1–20, 5 unless asked) for a frame on the school's own site; with
     * {@code stage}, the news of that roadmap stage only (as the section's news list), its heading linking to them.
     */
    @GetMapping("/widget")
    String widget(
            @PathVariable String slug,
            @RequestParam(required = false) Integer n,
            @RequestParam(required = false) String stage,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicSection section = sections.header(slug);
        int count = WidgetSize.of(n);
        NewsStage at = NewsStage.parse(stage);
        List<PublicNews.Line> latest = sections.latest(section, at, count);
        List<PublicDocumentView> shown = documents.shownBy(section.schools().keySet()).stream()
                .limit(count)
                .toList();
        response.setHeader("Cache-Control", PublicSectionController.REVALIDATE.getHeaderValue());
        String kind = "widget" + count + (at == null ? "" : "s" + at.number()) + "-" + Objects.hash(latest);
        if (request.checkNotModified(etag(section, shown, kind))) {
            return null;
        }
        String home = base.of("/o/" + section.slug() + "/nastavnichestvo");
        model.addAttribute("section", section);
        model.addAttribute("news", latest);
        model.addAttribute("documents", shown);
        model.addAttribute("home", home);
        model.addAttribute("newsHome", at == null ? home : home + "?stage=" + at.number());
        model.addAttribute("stage", at);
        return WIDGET;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return PublicSectionController.NOT_FOUND;
    }

    @ExceptionHandler(Paged.BadPageNumber.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badPage(Paged.BadPageNumber e, Model model) {
        model.addAttribute("given", e.given());
        model.addAttribute("max", Paged.MAX_PAGE);
        return PublicSectionController.BAD_PAGE;
    }

    @ExceptionHandler(NewsStage.BadStage.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badStage(NewsStage.BadStage e, Model model) {
        return PublicSectionController.badStagePage(e, model);
    }

    /** The version for the visually impaired shows no images, whatever the text holds. */
    static String withoutImages(String html) {
        return html == null
                ? ""
                : html.replaceAll("(?is)<(picture|figure|svg)\\b[^>]*>.*?</\\1\\s*>", "")
                        .replaceAll("(?is)<(img|source)\\b[^>]*>", "");
    }
}
