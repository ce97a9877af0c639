package ru.nastavnik.publishing.web;

import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.http.HttpServletResponse;

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

import ru.nastavnik.publishing.PublicDocumentView;
import ru.nastavnik.publishing.PublicDocuments;
import ru.nastavnik.publishing.PublicSection;
import ru.nastavnik.publishing.PublicSections;
import ru.nastavnik.publishing.PublicationId;
import ru.nastavnik.publishing.PublicationView;
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
    static final CacheControl REVALIDATE = CacheControl.maxAge(0, TimeUnit.SECONDS).cachePublic().mustRevalidate();

    private final PublicSections sections;
    private final PublicDocuments documents;
    private final PublicBaseUrl base;

    PublicSectionController(PublicSections sections, PublicDocuments documents, PublicBaseUrl base) {
        this.sections = sections;
        this.documents = documents;
        this.base = base;
    }

    @GetMapping
    String section(@PathVariable String slug, @RequestParam(required = false) String school, WebRequest request,
            HttpServletResponse response, Model model) {
        PublicSection section = sections.of(slug, schoolId(school));
        List<PublicDocumentView> shown = documents.shownBy(section.school().map(List::of)
                .orElseGet(() -> List.copyOf(section.schools().keySet())));
        response.setHeader("Cache-Control", REVALIDATE.getHeaderValue());
        if (request.checkNotModified(PublicPagesController.etag(section, shown, "page"))) {
            return null;
        }
        model.addAttribute("section", section);
        model.addAttribute("documents", shown);
        return SECTION;
    }

    @GetMapping("/news/{id}")
    String item(@PathVariable String slug, @PathVariable PublicationId id, WebRequest request, HttpServletResponse response,
            Model model) {
        PublicationView item = sections.item(slug, id);
        response.setHeader("Cache-Control", REVALIDATE.getHeaderValue());
        if (request.checkNotModified("\"" + item.id() + "-" + item.version() + "\"")) {
            return null;
        }
        model.addAttribute("section", sections.of(slug, null));
        model.addAttribute("item", item);
        model.addAttribute("og", OpenGraph.of(item, base.of("/o/" + slug.toLowerCase(java.util.Locale.ROOT)
                + "/nastavnichestvo/news/" + item.id())));
        return ITEM;
    }

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return NOT_FOUND;
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
