package ru.nastavnik.publishing.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.http.CacheControl;
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
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.publishing.internal.NewsStage;
import ru.nastavnik.publishing.internal.Paged;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.publishing.internal.PublicLists;
import ru.nastavnik.publishing.internal.PublicSectionPage;
import ru.nastavnik.publishing.internal.PublicSections;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PublicBaseUrl;

/**
 * The public «Наставничество» section at the address the organisation chose: anonymous, server-rendered, revalidated
 * by ETag so that an unchanged page costs a 304. Unknown addresses answer the section's own Russian 404 page.
 */
@Controller
@RequestMapping("/o/{slug}/nastavnichestvo")
class PublicSectionController {

    static final String SECTION = "publishing/public-section";
    static final String ITEM = "publishing/public-item";
    static final String NOT_FOUND = "publishing/public-not-found";
    static final String EVENTS = "publishing/public-events";
    static final CacheControl REVALIDATE =
            CacheControl.maxAge(0, TimeUnit.SECONDS).cachePublic().mustRevalidate();

    static final String PRACTICES = "publishing/public-practices";
    static final String DOCUMENTS = "publishing/public-documents-page";
    static final String BAD_PAGE = "publishing/public-bad-page";
    static final String BAD_STAGE = "publishing/public-bad-stage";

    private final PublicSections sections;
    private final PublicLists lists;
    private final PublicBaseUrl base;

    PublicSectionController(PublicSections sections, PublicLists lists, PublicBaseUrl base) {
        this.sections = sections;
        this.lists = lists;
        this.base = base;
    }

    @GetMapping
    String section(
            @PathVariable String slug,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String topic,
            @RequestParam(required = false) String stage,
            @RequestParam(required = false) String page,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicSectionPage shown =
                lists.section(slug, schoolId(school), topic(topic), NewsStage.parse(stage), Paged.number(page));
        model.addAttribute("documents", shown.documents().items());
        model.addAttribute("topics", PublicationSource.values());
        model.addAttribute("canonical", base.of(shown.home()));
        return answer(shown, "page", SECTION, request, response, model);
    }

    /**
     * Every held event, practice or document the section shows, a page at a time (the section's page shows the
     * latest few): one handler, the list named by the address.
     */
    @GetMapping("/{list:events|practices|documents}")
    String list(
            @PathVariable String slug,
            @PathVariable String list,
            @RequestParam(required = false) String school,
            @RequestParam(required = false) String page,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        OrganisationId chosen = schoolId(school);
        int number = Paged.number(page);
        return switch (list) {
            case "events" -> answer(sections.events(slug, chosen, number), list, EVENTS, request, response, model);
            case "practices" ->
                answer(lists.practices(slug, chosen, number), list, PRACTICES, request, response, model);
            default -> answer(lists.documents(slug, chosen, number), list, DOCUMENTS, request, response, model);
        };
    }

    /** A list page answered: revalidated by its ETag (304 while nothing it shows changed), else rendered. */
    static String answer(
            PublicSectionPage shown,
            String kind,
            String view,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        response.setHeader("Cache-Control", REVALIDATE.getHeaderValue());
        if (request.checkNotModified(etag(shown, shown.documents().items(), kind))) {
            return null;
        }
        model.addAttribute("section", shown.section());
        model.addAttribute("page", shown);
        return view;
    }

    @GetMapping("/news/{id}")
    String item(
            @PathVariable String slug,
            @PathVariable PublicationId id,
            WebRequest request,
            HttpServletResponse response,
            Model model) {
        PublicationView item = sections.item(slug, id);
        response.setHeader("Cache-Control", REVALIDATE.getHeaderValue());
        if (request.checkNotModified("\"" + item.id() + "-" + item.version() + "\"")) {
            return null;
        }
        model.addAttribute("section", sections.header(slug));
        model.addAttribute("item", item);
        model.addAttribute(
                "og",
                OpenGraph.of(
                        item,
                        base.of("/o/" + slug.toLowerCase(java.util.Locale.ROOT) + "/nastavnichestvo/news/"
                                + item.id())));
        return ITEM;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND;
    }

    @ExceptionHandler(Paged.BadPageNumber.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badPage(Paged.BadPageNumber e, Model model) {
        model.addAttribute("given", e.given());
        model.addAttribute("max", Paged.MAX_PAGE);
        return BAD_PAGE;
    }

    @ExceptionHandler(NewsStage.BadStage.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String badStage(NewsStage.BadStage e, Model model) {
        return badStagePage(e, model);
    }

    static String badStagePage(NewsStage.BadStage e, Model model) {
        model.addAttribute("given", e.given());
        model.addAttribute("first", NewsStage.FIRST);
        model.addAttribute("last", NewsStage.LAST);
        return BAD_STAGE;
    }

    /** The tag of what a list page shows: the section, its page of news and events, the documents. */
    static String etag(PublicSectionPage page, List<PublicDocumentView> shown, String kind) {
        int lists = java.util.Objects.hash(
                page.news().items(),
                page.news().total(),
                page.events().items(),
                page.events().total(),
                page.topic().map(Enum::name).orElse(""),
                page.stage().map(NewsStage::number).orElse(0),
                page.news().page(),
                page.events().page(),
                page.practices().items(),
                page.practices().page(),
                page.practices().total(),
                page.documents().page(),
                page.documents().total());
        return "\"" + PublicPagesController.etag(page.section(), shown, kind).replace("\"", "") + "-"
                + Integer.toHexString(lists) + "\"";
    }

    /** A topic (a kind of news) from the address; anything else shows every kind, as the filter's «all topics». */
    static PublicationSource topic(String topic) {
        try {
            return topic == null || topic.isBlank() ? null : PublicationSource.valueOf(topic.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static OrganisationId schoolId(String school) {
        try {
            return school == null || school.isBlank() ? null : OrganisationId.of(school);
        } catch (NotFoundException e) {
            // an unknown school in the filter shows the whole area, as the filter's «all schools»
            return null;
        }
    }
}
