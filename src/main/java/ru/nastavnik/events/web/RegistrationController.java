package ru.nastavnik.events.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.RegistrationStatus;
import ru.nastavnik.events.internal.CustomKinds;
import ru.nastavnik.events.internal.EventManagement;
import ru.nastavnik.events.internal.EventReads;
import ru.nastavnik.events.internal.EventRegistrations;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** Answers and attendance: register, decline, check in with the room's code, the organiser's marks; a school's participation; own kinds. */
@Controller
class RegistrationController {

    private final EventRegistrations registrations;
    private final EventManagement management;
    private final EventReads events;
    private final CustomKinds kinds;

    RegistrationController(
            EventRegistrations registrations, EventManagement management, EventReads events, CustomKinds kinds) {
        this.registrations = registrations;
        this.management = management;
        this.events = events;
        this.kinds = kinds;
    }

    @PostMapping("/events/{id}/registration")
    String register(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, RedirectAttributes redirect) {
        Submit.done(redirect, () -> {
            boolean waiting = registrations.register(me, id).status() == RegistrationStatus.WAITING;
            return Flash.of(waiting ? "event.waiting" : "event.registered");
        });
        return "redirect:/events/" + id;
    }

    @PostMapping("/events/{id}/decline")
    String decline(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, RedirectAttributes redirect) {
        return Answers.run(redirect, id, () -> registrations.decline(me, id), "event.declined");
    }

    @PostMapping("/events/{id}/check-in")
    String checkIn(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(required = false) String code,
            RedirectAttributes redirect) {
        return Answers.run(redirect, id, () -> registrations.checkIn(me, id, code), "event.checkedIn");
    }

    @PostMapping("/events/{id}/attendance")
    String attendance(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            @RequestParam(name = "present", required = false) List<PersonId> present,
            RedirectAttributes redirect) {
        Set<PersonId> there = present == null ? Set.of() : present.stream().collect(Collectors.toSet());
        return Answers.run(redirect, id, () -> management.recordAttendance(me, id, there), "event.attendanceSaved");
    }

    @GetMapping("/events/participation")
    String participation(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId school = RequestedOrganisation.get(me, organisation);
        model.addAttribute("participation", events.participation(me, school));
        model.addAttribute("organisationId", school);
        return "events/event-participation";
    }

    @GetMapping("/events/kinds")
    String kinds(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId organiser = Organiser.of(me, organisation);
        model.addAttribute("kinds", kinds.available(me, organiser));
        model.addAttribute("organisationId", organiser);
        return "events/event-kinds";
    }

    @PostMapping("/events/kinds")
    String addKind(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String title,
            RedirectAttributes redirect) {
        OrganisationId organiser = organisation;
        return Submit.to(
                "redirect:/events/kinds?organisation=" + organiser,
                redirect,
                () -> kinds.add(me, organiser, title),
                "event.customKind.added");
    }
}
