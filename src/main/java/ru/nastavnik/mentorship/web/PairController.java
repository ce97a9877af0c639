package ru.nastavnik.mentorship.web;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MentoringFormSettings;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.internal.EmployerPairs;
import ru.nastavnik.mentorship.internal.PairDocuments;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.mentorship.internal.PairProgramme;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** The school's pairs and groups: the list, forming one by hand, and running each. */
@Controller
class PairController {

    /** A school's lists are shown fifty rows a page, as the banks are. */
    static final int PAGE_SIZE = 50;

    private final PairManagement mentorships;
    private final PairDocuments documents;
    private final BankManagement banks;
    private final EmployerPairs employerPairs;
    private final PairProgramme programmes;
    private final MentoringFormSettings forms;

    PairController(
            PairManagement mentorships,
            PairDocuments documents,
            BankManagement banks,
            EmployerPairs employerPairs,
            PairProgramme programmes,
            MentoringFormSettings forms) {
        this.forms = forms;
        this.employerPairs = employerPairs;
        this.programmes = programmes;
        this.mentorships = mentorships;
        this.documents = documents;
        this.banks = banks;
    }

    // One read-only transaction (one connection, one Hibernate session) for the page's reads and its audit record,
    // instead of one per service call (issue 20: a page view's cost)
    @Transactional(readOnly = true)
    @GetMapping("/mentorship/pairs")
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        Page<MentorshipView> pairs = mentorships.list(me, org, null, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("pairs", pairs.getContent());
        model.addAttribute("page", pairs);
        model.addAttribute("elsewhere", employerPairs.servedElsewhere(me, org));
        model.addAttribute("organisationId", org);
        // a pair whose order is signed but whose first day has not come «начнёт работу …», not «работает»
        model.addAttribute("today", mentorships.today(org));
        return "mentorship/pair-list";
    }

    /** Forming a pair by hand has a page of its own: the list of pairs does not read both banks to offer them. */
    @GetMapping("/mentorship/pairs/new")
    String newPair(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("mentors", banks.mentors(me, org, BankFilter.all()));
        model.addAttribute("mentees", banks.mentees(me, org, BankFilter.all()));
        model.addAttribute("forms", forms.of(org));
        model.addAttribute("organisationId", org);
        model.addAttribute("today", mentorships.today(org));
        return "mentorship/pair-new";
    }

    @PostMapping("/mentorship/pairs")
    String create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            PairForm pairForm,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.done(redirect, () -> mentorships.create(me, org, pairForm.mentorship()), "mentorship.created")
                ? "redirect:/mentorship/pairs?organisation=" + org
                : "redirect:/mentorship/pairs/new?organisation=" + org;
    }

    @GetMapping("/mentorship/pairs/{id}")
    String detail(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable MentorshipId id, Model model) {
        MentorshipView pair = mentorships.get(me, id);
        model.addAttribute("pair", pair);
        model.addAttribute("programmeId", programmes.of(me, pair.id()).orElse(null));
        model.addAttribute("mentors", banks.mentors(me, pair.organisationId(), BankFilter.all()));
        model.addAttribute("initiators", EndInitiator.values());
        model.addAttribute("today", mentorships.today(pair.organisationId()));
        return "mentorship/pair-detail";
    }

    @PostMapping("/mentorship/pairs/{id}/{action:pause|resume|complete}")
    String change(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable("id") MentorshipId pair,
            @PathVariable String action,
            RedirectAttributes redirect) {
        return act(pair, redirect, () -> {
            switch (action) {
                case "pause" -> mentorships.pause(me, pair);
                case "resume" -> mentorships.resume(me, pair);
                default -> mentorships.complete(me, pair);
            }
        });
    }

    @PostMapping("/mentorship/pairs/{id}/terminate")
    String terminate(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable("id") MentorshipId pair,
            TerminationForm form,
            RedirectAttributes redirect) {
        return act(
                pair,
                redirect,
                () -> mentorships.terminate(
                        me, pair, form.initiator(), form.noticeOn(), form.effectiveOn(), form.reason()));
    }

    @PostMapping("/mentorship/pairs/{id}/termination/cancel")
    String cancelTermination(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable("id") MentorshipId pair,
            RedirectAttributes redirect) {
        return act(pair, redirect, () -> mentorships.cancelTermination(me, pair));
    }

    @PostMapping("/mentorship/pairs/{id}/mentor")
    String replaceMentor(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable("id") MentorshipId pair,
            @RequestParam PersonId leaving,
            @RequestParam(required = false) String coming,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        return act(pair, redirect, () -> mentorships.replaceMentor(me, pair, leaving, person(coming), reason));
    }

    @GetMapping("/mentorship/pairs/{id}/agreement")
    ResponseEntity<byte[]> agreement(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        return Downloads.docx(documents.agreement(me, id, mentor));
    }

    @GetMapping("/mentorship/pairs/{id}/agreement.pdf")
    ResponseEntity<byte[]> agreementPdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        return Downloads.pdf(documents.agreement(me, id, mentor).toPdf());
    }

    @GetMapping("/mentorship/pairs/{id}/duties-consent.pdf")
    ResponseEntity<byte[]> dutiesConsentPdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        return Downloads.pdf(documents.dutiesConsent(me, id, mentor));
    }

    /** The mentor's consent to this pair's mentoring, with the mentees, form and term filled in (art. 351.8). */
    @GetMapping("/mentorship/pairs/{id}/duties-consent")
    ResponseEntity<byte[]> dutiesConsent(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        var file = documents.dutiesConsent(me, id, mentor);
        return Downloads.file(file.content(), file.name(), file.contentType());
    }

    private String act(MentorshipId pair, RedirectAttributes redirect, Runnable action) {
        return Submit.to("redirect:/mentorship/pairs/" + pair, redirect, action::run, "mentorship.saved");
    }

    private static PersonId person(String id) {
        if (id == null || id.isBlank()) {
            throw InvalidInputException.of("mentor", "mentorship.mentors.required");
        }
        return PersonId.of(id);
    }

    static List<PersonId> ids(List<String> ids) {
        try {
            return ids == null
                    ? List.of()
                    : ids.stream()
                            .filter(s -> s != null && !s.isBlank())
                            .map(PersonId::of)
                            .toList();
        } catch (NotFoundException e) {
            throw InvalidInputException.of("mentors", "mentorship.person.invalid");
        }
    }
}
