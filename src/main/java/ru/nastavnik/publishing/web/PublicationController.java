package ru.nastavnik.publishing.web;

import java.time.LocalDateTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.PublicEvents;
import ru.nastavnik.publishing.internal.KeptOrganisation;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.publishing.internal.Saved;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.Submit;

/**
 * The news of a school's curator or director, or of a municipality's or region's own methodologist: the list, writing
 * or drafting from a held event, editing, scheduling, publishing, history.
 */
@Controller
@RequestMapping("/publishing/publications")
class PublicationController {

    static final String LIST = "publishing/publication-list";
    static final String DETAIL = "publishing/publication-detail";
    static final String FORM = "publishing/publication-form";

    private final PublicationManagement publications;
    private final PublicSites sites;
    private final PublicEvents events;

    PublicationController(PublicationManagement publications, PublicSites sites, PublicEvents events) {
        this.publications = publications;
        this.sites = sites;
        this.events = events;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        model.addAttribute("publications", publications.list(me, org));
        model.addAttribute("slug", sites.slugOf(me, org).orElse(null));
        model.addAttribute("heldEvents", events.heldBy(java.util.List.of(org)));
        model.addAttribute("organisationId", org);
        return LIST;
    }

    @GetMapping("/new")
    String newForm(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return form(me, org, null, new PublicationForm(), model);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @ModelAttribute("publicationForm") PublicationForm publicationForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return FormPage.of(model, result, () -> form(me, org, null, publicationForm, model))
                .submit(
                        redirect,
                        () -> publications.create(me, org, publicationForm.draft()),
                        PublicationController::flash,
                        PublicationController::page);
    }

    @PostMapping("/from-event")
    String fromEvent(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) String organisation,
            @RequestParam EventId event,
            RedirectAttributes redirect) {
        OrganisationId org = KeptOrganisation.get(me, organisation);
        return Submit.made(redirect, () -> publications.draftFromEvent(me, org, event), null)
                .map(saved -> saved(saved, redirect))
                .orElse("redirect:/events/" + event);
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PublicationId id, Model model) {
        PublicationView publication = publications.get(me, id);
        model.addAttribute("publication", publication);
        model.addAttribute("history", publications.history(me, publication.organisationId(), id));
        model.addAttribute(
                "slug", sites.slugOf(me, publication.organisationId()).orElse(null));
        return DETAIL;
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable PublicationId id, Model model) {
        PublicationView publication = publications.get(me, id);
        return form(me, publication.organisationId(), publication, PublicationForm.of(publication), model);
    }

    @PostMapping("/{id}/edit")
    String edit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @ModelAttribute("publicationForm") PublicationForm publicationForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        PublicationView publication = publications.get(me, id);
        FormPage page = FormPage.of(
                model, result, () -> form(me, publication.organisationId(), publication, publicationForm, model));
        try {
            return page.submit(
                    redirect,
                    () -> publications.update(
                            me,
                            publication.organisationId(),
                            id,
                            publicationForm.draft(),
                            publicationForm.getVersion()),
                    PublicationController::flash,
                    PublicationController::page);
        } catch (StaleVersionException e) {
            result.reject("publishing.stale");
            return form(me, publication.organisationId(), publication, publicationForm, model);
        }
    }

    @PostMapping("/{id}/publish")
    String publish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            RedirectAttributes redirect) {
        OrganisationId org = publications.get(me, id).organisationId();
        return act(id, redirect, () -> publications.publish(me, org, id), "publishing.published");
    }

    @PostMapping("/{id}/unpublish")
    String unpublish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            RedirectAttributes redirect) {
        OrganisationId org = publications.get(me, id).organisationId();
        return act(id, redirect, () -> publications.unpublish(me, org, id), "publishing.unpublished");
    }

    @PostMapping("/{id}/schedule")
    String schedule(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PublicationId id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime at,
            RedirectAttributes redirect) {
        OrganisationId org = publications.get(me, id).organisationId();
        return act(
                id,
                redirect,
                () -> publications.schedule(
                        me,
                        org,
                        id,
                        at == null ? null : at.atZone(Dates.DEFAULT_ZONE).toInstant()),
                "publishing.scheduled");
    }

    private String form(
            NastavnikPrincipal me, OrganisationId org, PublicationView publication, PublicationForm form, Model model) {
        model.addAttribute("publicationForm", form);
        model.addAttribute("publication", publication);
        model.addAttribute("organisationId", org);
        model.addAttribute("staff", publications.toName(me, org));
        model.addAttribute("namesPeople", publications.namesPeople(org));
        return FORM;
    }

    private static String saved(Saved saved, RedirectAttributes redirect) {
        Flash flash = flash(saved);
        Flash.success(redirect, flash.key(), flash.args());
        return page(saved);
    }

    /** Saved, and what the sanitiser stripped from the text, so that the curator knows (issue 18, bad input). */
    private static Flash flash(Saved saved) {
        return saved.stripped().isEmpty()
                ? Flash.of("publishing.saved")
                : Flash.of("publishing.savedStripped", String.join(", ", saved.stripped()));
    }

    private static String page(Saved saved) {
        return "redirect:/publishing/publications/" + saved.publication().id();
    }

    private static String act(
            PublicationId id, RedirectAttributes redirect, Submit.Change<RuntimeException> action, String done) {
        return Submit.to("redirect:/publishing/publications/" + id, redirect, action, done);
    }
}
