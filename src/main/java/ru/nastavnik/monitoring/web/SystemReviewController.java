package ru.nastavnik.monitoring.web;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.monitoring.internal.ReviewComponent;
import ru.nastavnik.monitoring.internal.SystemReviewView;
import ru.nastavnik.monitoring.internal.SystemReviews;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** The school's yearly system-level review: figures by component prefilled, the curator's text, the DOCX. */
@Controller
class SystemReviewController {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final SystemReviews reviews;
    private final SheetTexts texts;

    SystemReviewController(SystemReviews reviews, SheetTexts texts) {
        this.reviews = reviews;
        this.texts = texts;
    }

    @GetMapping("/monitoring/system-review")
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) Integer year,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("review", reviews.view(me, org, year));
        return "monitoring/system-review";
    }

    @PostMapping("/monitoring/system-review")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) Integer year,
            @RequestParam Map<String, String> form,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        Map<ReviewComponent, String> texts = new EnumMap<>(ReviewComponent.class);
        for (ReviewComponent c : ReviewComponent.values()) {
            texts.put(c, form.get(c.field()));
        }
        return Submit.to(
                "redirect:/monitoring/system-review?organisation=" + org + (year == null ? "" : "&year=" + year),
                redirect,
                () -> reviews.save(me, org, year, texts),
                "review.saved");
    }

    @GetMapping("/monitoring/system-review/document")
    ResponseEntity<byte[]> document(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) Integer year) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        SystemReviewView view = reviews.view(me, org, year);
        byte[] docx = reviews.docx(me, org, year);
        String name = texts.text("house.file.systemReview", view.schoolYear().replace('/', '-'));
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header(HttpHeaders.CONTENT_TYPE, DOCX)
                .body(docx);
    }
}
