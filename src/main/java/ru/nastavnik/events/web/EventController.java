package ru.nastavnik.events.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.DecisionKind;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventView;
import ru.nastavnik.events.Events;
import ru.nastavnik.events.internal.AgendaPractices;
import ru.nastavnik.events.internal.CustomKinds;
import ru.nastavnik.events.internal.EventDetails;
import ru.nastavnik.events.internal.EventInvitees;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.events.internal.RoundTableDecisionManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

/** The events list, an event's page, and the organiser's form: plan, change, cancel, mark held. */
@Controller
@RequestMapping("/events")
class EventController {

    static final String LIST = "events/event-list";
    static final String DETAIL = "events/event-detail";
    static final String FORM = "events/event-form";
    static final String INVITEES = "events/_invitees";

    private final Events events;
    private final EventManagement management;
    private final CustomKinds kinds;
    private final RoundTableDecisionManagement decisions;
    private final EventInvitees invitees;

    private final AgendaPractices agendaPractices;

    EventController(
            Events events,
            EventManagement management,
            CustomKinds kinds,
            RoundTableDecisionManagement decisions,
            EventInvitees invitees,
            AgendaPractices agendaPractices) {
        this.invitees = invitees;
        this.agendaPractices = agendaPractices;
        this.events = events;
        this.management = management;
        this.kinds = kinds;
        this.decisions = decisions;
    }

    @GetMapping
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId from = Organiser.of(me, organisation);
        model.addAttribute("events", events.list(me, from));
        model.addAttribute("organisationId", from);
        model.addAttribute("mayOrganise", management.mayOrganise(me, from));
        return LIST;
    }

    @GetMapping("/new")
    String newForm(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) List<String> people,
            Model model) {
        EventForm form = new EventForm();
        // people chosen elsewhere: the mentor bank's filter names them in the address
        form.setPeople(people == null ? List.of() : people.stream().distinct().toList());
        return form(me, model, form, Organiser.of(me, organisation), null);
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @ModelAttribute("eventForm") EventForm eventForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId organiser = organisation;
        return FormPage.of(model, result, () -> form(me, model, eventForm, organiser, null))
                .submit(
                        redirect,
                        () -> AgendaProblems.onTheText(
                                () -> management.plan(me, organiser, typed(me, organiser, eventForm))),
                        planned -> Flash.of("event.planned"),
                        planned -> "redirect:/events/" + planned.id());
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, Model model) {
        var card = events.card(me, id);
        model.addAttribute("card", card);
        boolean roundTable = card.event().kind() == EventKind.ROUND_TABLE;
        model.addAttribute("decisions", roundTable ? decisions.of(me, id) : java.util.List.of());
        model.addAttribute(
                "candidates", roundTable && card.organiser() ? decisions.candidates(me, id) : java.util.List.of());
        model.addAttribute("practiceTitles", agendaPractices.titles(card.event()));
        model.addAttribute(
                "presentable",
                card.organiser() ? agendaPractices.presentable(card.event().organisationId()) : java.util.List.of());
        return DETAIL;
    }

    /** The organiser names the practice a pair presents on an agenda line (or none). */
    @PostMapping("/{id}/agenda/{index}/practice")
    String present(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @PathVariable int index,
            @RequestParam(required = false) ru.nastavnik.practices.PracticeId practice,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        Submit.versioned(
                redirect,
                "event.stale",
                () -> agendaPractices.present(me, id, version, index, practice),
                "event.agenda.practice.saved");
        return "redirect:/events/" + id;
    }

    @GetMapping("/{id}/edit")
    String editForm(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, Model model) {
        EventView event = management.editable(me, id);
        return form(me, model, EventForm.of(event, speakers(me, event)), event.organisationId(), event);
    }

    /** People of the organiser's territory whose name has {@code q} in it, as checkboxes to add to the invited. */
    @GetMapping("/invitees")
    String invitees(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(defaultValue = "") String q,
            Model model) {
        model.addAttribute("found", invitees.search(me, organisation, q));
        model.addAttribute("q", q);
        return INVITEES;
    }

    @PostMapping("/{id}")
    String update(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @ModelAttribute("eventForm") EventForm eventForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        EventView event = management.editable(me, id);
        try {
            return FormPage.of(model, result, () -> form(me, model, eventForm, event.organisationId(), event))
                    .submit(
                            redirect,
                            () -> AgendaProblems.onTheText(() -> management.update(
                                    me, id, eventForm.getVersion(), typed(me, event.organisationId(), eventForm))),
                            "event.updated",
                            "redirect:/events/" + id);
        } catch (StaleVersionException e) {
            EventView saved = management.editable(me, id);
            SavedMeanwhile.show(
                    model, result, eventForm, EventForm.of(saved, speakers(me, saved)), saved.version(), "event.stale");
            return form(me, model, eventForm, event.organisationId(), saved);
        }
    }

    @PostMapping("/{id}/cancel")
    String cancel(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, RedirectAttributes redirect) {
        return Answers.run(redirect, id, () -> management.cancel(me, id), "event.cancelledMessage");
    }

    @PostMapping("/{id}/held")
    String held(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, RedirectAttributes redirect) {
        return Answers.run(redirect, id, () -> management.held(me, id), "event.heldMessage");
    }

    @PostMapping("/{id}/decisions")
    String decide(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(required = false) DecisionKind kind,
            @RequestParam(required = false) java.util.List<PracticeId> practices,
            RedirectAttributes redirect) {
        return Answers.run(redirect, id, () -> decisions.record(me, id, kind, practices), "event.decision.recorded");
    }

    private String form(NastavnikPrincipal me, Model model, EventForm form, OrganisationId organiser, EventView event) {
        model.addAttribute("eventForm", form);
        model.addAttribute("invitable", management.invitable(me, organiser));
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("customKinds", kinds.available(me, organiser));
        model.addAttribute("organisationId", organiser);
        model.addAttribute("event", event);
        model.addAttribute(
                "chosen",
                invitees.chosen(
                                me,
                                organiser,
                                form.getPeople().stream().map(PersonId::of).toList())
                        .values());
        return FORM;
    }

    /** The form's answers: all the territory's schools when all its mentors are invited, speakers recognised by name. */
    private EventDetails typed(NastavnikPrincipal me, OrganisationId organiser, EventForm form) {
        return invitees.withSpeakers(
                me,
                organiser,
                form.details(List.copyOf(
                        management.invitable(me, organiser).schools().keySet())));
    }

    private Map<PersonId, String> speakers(NastavnikPrincipal me, EventView event) {
        return invitees
                .chosen(
                        me,
                        event.organisationId(),
                        event.agenda().stream()
                                .map(AgendaEntry::speaker)
                                .filter(s -> s != null)
                                .toList())
                .values()
                .stream()
                .collect(Collectors.toMap(EventInvitees.Invitee::id, EventInvitees.Invitee::fullName));
    }
}
