package ru.nastavnik.roadmap.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.ActivityStatus;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.roadmap.internal.RoadmapPlans.ActivityPage;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.RoleGrant;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** The curator's edits of her roadmap's activities, and a methodologist's view of the schools' roadmaps. */
@Controller
@RequestMapping("/roadmap")
class RoadmapPlanController {

    static final String EDIT = "roadmap/activity-edit";
    static final String SCHOOLS = "roadmap/schools";

    private final RoadmapPlans plans;
    private final ru.nastavnik.roadmap.internal.TerritoryRoadmaps territories;
    private final StaffManagement staff;
    private final ru.nastavnik.roadmap.internal.ActivityDocuments documents;

    private final ru.nastavnik.roadmap.internal.ActivityEvidenceLinks links;

    RoadmapPlanController(
            RoadmapPlans plans,
            ru.nastavnik.roadmap.internal.TerritoryRoadmaps territories,
            StaffManagement staff,
            ru.nastavnik.roadmap.internal.ActivityDocuments documents,
            ru.nastavnik.roadmap.internal.ActivityEvidenceLinks links) {
        this.territories = territories;
        this.links = links;
        this.plans = plans;
        this.staff = staff;
        this.documents = documents;
    }

    @GetMapping("/schools")
    String schools(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId area,
            Model model) {
        OrganisationId territory = area != null
                ? area
                : me.grants().stream()
                        .filter(g ->
                                g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                        .map(RoleGrant::organisation)
                        .findFirst()
                        .orElseThrow(NotFoundException::new);
        model.addAttribute("schools", territories.schools(me, territory));
        model.addAttribute("area", territory);
        return SCHOOLS;
    }

    @GetMapping("/activities/{id}")
    String edit(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ActivityId id, Model model) {
        ActivityPage page = plans.activity(me, id);
        model.addAttribute("page", page);
        model.addAttribute("staff", page.school() ? staff.toChooseFrom(me, page.organisation()) : List.of());
        model.addAttribute(
                "statuses", List.of(ActivityStatus.DONE, ActivityStatus.IN_PROGRESS, ActivityStatus.NOT_NEEDED));
        // a school's activity may be shown done by documents of its own: uploaded, or an order the system holds
        model.addAttribute("documents", page.school() ? documents.list(me, id) : List.of());
        model.addAttribute("orders", page.school() ? documents.linkableOrders(me, id) : List.of());
        model.addAttribute("protocols", page.school() ? links.linkableProtocols(me, id) : List.of());
        model.addAttribute("publications", page.school() ? links.linkablePublications(me, id) : List.of());
        return EDIT;
    }

    @PostMapping("/activities/{id}")
    String save(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            ActivityForm form,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ActivityPage page = plans.activity(me, id);
        return Submit.versioned(
                        redirect,
                        "roadmap.activity.savedMeanwhile",
                        () -> plans.edit(me, id, form.edit(), version),
                        "roadmap.activity.saved")
                ? back(page.organisation())
                : "redirect:/roadmap/activities/" + id;
    }

    @PostMapping("/activities/{id}/status")
    String status(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) String comment,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ActivityPage page = plans.activity(me, id);
        return Submit.versioned(
                        redirect,
                        "roadmap.activity.savedMeanwhile",
                        () -> plans.setStatus(me, id, status, comment, version),
                        "roadmap.activity.status.saved")
                ? back(page.organisation())
                : "redirect:/roadmap/activities/" + id;
    }

    @PostMapping("/activities/{id}/status/clear")
    String clear(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ActivityId id,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        ActivityPage page = plans.activity(me, id);
        Submit.versioned(
                redirect,
                "roadmap.activity.savedMeanwhile",
                () -> plans.clearStatus(me, id, version),
                "roadmap.activity.status.cleared");
        return back(page.organisation());
    }

    @PostMapping("/activities/{id}/remove")
    String remove(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ActivityId id, RedirectAttributes redirect) {
        ActivityPage page = plans.activity(me, id);
        plans.remove(me, id);
        Flash.success(redirect, "roadmap.activity.removed");
        return back(page.organisation());
    }

    @PostMapping("/activities")
    String add(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(defaultValue = "0") int stage,
            ActivityForm form,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        return Submit.to(
                back(org) + "#stage-" + stage,
                redirect,
                () -> plans.add(me, org, stage, form.edit()),
                "roadmap.activity.added");
    }

    @PostMapping("/template")
    String template(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(defaultValue = "false") boolean published,
            RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        return Submit.to(
                back(org),
                redirect,
                () -> plans.publishAsTemplate(me, org, published),
                published ? "roadmap.plan.template.published" : "roadmap.plan.template.unpublished");
    }

    private static String back(OrganisationId organisation) {
        return "redirect:/roadmap?organisation=" + organisation;
    }
}
