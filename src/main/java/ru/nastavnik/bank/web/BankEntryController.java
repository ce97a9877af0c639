package ru.nastavnik.bank.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.bank.internal.BankKind;
import ru.nastavnik.bank.internal.BankRegistry;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;

/**
 * A school's entries in its banks changed one at a time: a mentee or a mentor added (or her request, if not yet in),
 * a mentee returned to the bank, an entry leaving it; the lists themselves are {@link BankController}'s.
 */
@Controller
class BankEntryController {

    private final BankRegistry banks;

    BankEntryController(BankRegistry banks) {
        this.banks = banks;
    }

    @PostMapping("/bank/mentees")
    String saveMentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String personId,
            MenteeForm form,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        try {
            Submit.done(redirect, () -> banks.saveMentee(me, org, form.of(personId)), "bank.saved");
        } catch (VersionRequiredException e) {
            // in the bank already: her request is changed on its edit page, on the version read there
            Flash.error(redirect, "bank.entry.alreadyIn");
        }
        return "redirect:/bank/mentees?organisation=" + org;
    }

    @PostMapping("/bank/mentees/{personId}/return")
    String returnMentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId personId,
            @RequestParam OrganisationId organisation,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/bank/mentees?organisation=" + org,
                redirect,
                () -> banks.returnMentee(me, org, personId),
                "bank.mentee.returned");
    }

    @PostMapping("/bank/mentors")
    String saveMentor(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String personId,
            MentorForm form,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        try {
            Submit.done(redirect, () -> banks.saveMentor(me, org, form.of(personId)), "bank.saved");
        } catch (VersionRequiredException e) {
            Flash.error(redirect, "bank.entry.alreadyIn");
        }
        return "redirect:/bank/mentors?organisation=" + org;
    }

    @PostMapping("/bank/{kind:mentees|mentors}/{personId}/leave")
    String leave(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable String kind,
            @PathVariable PersonId personId,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        banks.leave(me, org, personId, kind.equals("mentees") ? BankKind.MENTEE : BankKind.MENTOR, reason);
        Flash.success(redirect, "bank.left");
        return "redirect:/bank/" + kind + "?organisation=" + org;
    }
}
