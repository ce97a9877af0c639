package ru.nastavnik.roadmap.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.documents.FileType;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.RegulationDocuments;
import ru.nastavnik.mentorship.RegulationDocuments.Appendix;
import ru.nastavnik.roadmap.internal.InspectionPackage;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.Roadmap;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;

@Controller
class RoadmapController {

    static final String VIEW = "roadmap/roadmap";

    private final Roadmap roadmap;
    private final RoadmapPlans plans;
    private final RegulationDocuments documents;
    private final MessageSource messages;
    private final InspectionPackage packages;
    private final ru.nastavnik.organisation.Organisations organisations;

    RoadmapController(
            Roadmap roadmap,
            RoadmapPlans plans,
            RegulationDocuments documents,
            MessageSource messages,
            InspectionPackage packages,
            ru.nastavnik.organisation.Organisations organisations) {
        this.organisations = organisations;
        this.roadmap = roadmap;
        this.plans = plans;
        this.documents = documents;
        this.messages = messages;
        this.packages = packages;
    }

    /**
     * The school's figures and its plan of the school year; a methodologist above the school reads the plan only,
     * and her own organisation's plan is the template she may offer her schools.
     */
    @GetMapping("/roadmap")
    String roadmap(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) Integer year,
            Locale locale,
            HttpServletRequest request,
            Model model) {
        OrganisationId org = RequestedOrganisation.find(me, organisation)
                .or(() -> me.grants().stream()
                        .filter(g -> g.organisation() != null)
                        .map(g -> g.organisation())
                        .findFirst())
                .orElseThrow(NotFoundException::new);
        boolean manager = me.hasAnyIn(org, Role.DIRECTOR, Role.CURATOR);
        PlanView plan = plans.plan(me, org, year).orElse(null);
        model.addAttribute("plan", plan);
        model.addAttribute(
                "planPage", plan == null ? null : PlanPage.of(plan, messages, locale, request.getContextPath()));
        model.addAttribute("manager", manager);
        // a methodologist reading another organisation's roadmap is told whose it is
        model.addAttribute(
                "readOf",
                plan != null && !plan.editable()
                        ? organisations.find(org).map(o -> o.name()).orElse(null)
                        : null);
        // a methodologist offers her area's plan to its schools as their template; decided here, as SpEL compiles
        // no negation of a model variable (its type is unknown to it) and would interpret the condition every time
        model.addAttribute("offersTemplate", plan != null && plan.editable() && !manager);
        model.addAttribute("stages", manager ? roadmap.of(me, org) : java.util.List.of());
        model.addAttribute("organisationId", org);
        // the package's period ends on the school's today, not the server's: after midnight in Moscow the server
        // (UTC) is still on yesterday, and the day's orders fell out of the package
        model.addAttribute("packageTo", packages.today(org));
        model.addAttribute(
                "appendices",
                Arrays.stream(Appendix.values())
                        .map(a -> a.name().toLowerCase(Locale.ROOT))
                        .toList());
        return VIEW;
    }

    /** The Regulation or the roadmap in force (the appendices of the order that approved the current version). */
    @GetMapping("/roadmap/documents/{document}.docx")
    ResponseEntity<byte[]> docx(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String document,
            @RequestParam(required = false) OrganisationId organisation) {
        return download(
                documents.current(me, RequestedOrganisation.get(me, organisation), Appendix.named(document), false),
                FileType.DOCX);
    }

    @GetMapping("/roadmap/documents/{document}.pdf")
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String document,
            @RequestParam(required = false) OrganisationId organisation) {
        return download(
                documents.current(me, RequestedOrganisation.get(me, organisation), Appendix.named(document), true),
                FileType.PDF);
    }

    private static ResponseEntity<byte[]> download(DocumentFile file, FileType type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(file.name()))
                .header(HttpHeaders.CONTENT_TYPE, type.contentType())
                .body(file.content());
    }
}
