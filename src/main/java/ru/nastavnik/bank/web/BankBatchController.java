package ru.nastavnik.bank.web;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import ru.nastavnik.bank.BankBatches;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MenteesRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.MentorsRequest;
import ru.nastavnik.bank.TrainingRequest;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/** Many people at once (entering a bank, mentors' training) and one entry's prefilled edit form, for both banks. */
@Controller
class BankBatchController {

    static final String EDIT = "bank/entry-edit";

    private final BankManagement banks;
    private final BankBatches batches;
    private final Vocabulary vocabulary;

    BankBatchController(BankManagement banks, BankBatches batches, Vocabulary vocabulary) {
        this.banks = banks;
        this.batches = batches;
        this.vocabulary = vocabulary;
    }

    @PostMapping("/bank/mentees/batch")
    String addMentees(@AuthenticationPrincipal NastavnikPrincipal me, @RequestParam String organisation,
            @RequestParam(name = "personId", required = false) List<String> people,
            @RequestParam(required = false) MenteeCategory category, @RequestParam(required = false) String categoryNote,
            @RequestParam(required = false) List<String> needs, @RequestParam(required = false) String needsNote,
            RedirectAttributes redirect) {
        OrganisationId org = OrganisationId.of(organisation);
        return allOrNothing(redirect, "bank.batch.added", "mentees", org,
                () -> batches.addMentees(me, org, new MenteesRequest(people, category, categoryNote, needs, needsNote)));
    }

    @PostMapping("/bank/mentors/batch")
    String addMentors(@AuthenticationPrincipal NastavnikPrincipal me, @RequestParam String organisation,
            @RequestParam(name = "personId", required = false) List<String> people,
            @RequestParam(required = false) List<String> competences, @RequestParam(required = false) String achievements,
            @RequestParam(required = false) Integer capacity, @RequestParam(required = false) List<String> preferredForms,
            @RequestParam(required = false) String availability, @RequestParam(required = false) TrainingStatus trainingStatus,
            @RequestParam(defaultValue = "false") boolean sharedBank, RedirectAttributes redirect) {
        OrganisationId org = OrganisationId.of(organisation);
        return allOrNothing(redirect, "bank.batch.added", "mentors", org, () -> batches.addMentors(me, org,
                new MentorsRequest(people, competences, achievements, capacity, preferredForms, availability,
                        trainingStatus, sharedBank)));
    }

    @PostMapping("/bank/mentors/training")
    String training(@AuthenticationPrincipal NastavnikPrincipal me, @RequestParam String organisation,
            @RequestParam(name = "personId", required = false) List<String> people,
            @RequestParam(required = false) TrainingStatus trainingStatus, RedirectAttributes redirect) {
        OrganisationId org = OrganisationId.of(organisation);
        return allOrNothing(redirect, "bank.batch.trained", "mentors", org,
                () -> batches.setTraining(me, org, new TrainingRequest(people, trainingStatus)));
    }

    /** One edit page for both banks: the title, the address and the fields are the bank's. */
    private static String edit(Model model, String bank, Object entry, PersonId person, String fullName) {
        model.addAttribute("bank", bank);
        model.addAttribute("entry", entry);
        model.addAttribute("person", person);
        model.addAttribute("fullName", fullName);
        return EDIT;
    }

    /** A change of many people, back to their bank: how many were changed, or who could not be and why. */
    private static String allOrNothing(RedirectAttributes redirect, String done, String bank, OrganisationId org,
            Supplier<List<?>> change) {
        try {
            Flash.success(redirect, done, change.get().size());
        } catch (InvalidInputException e) {
            Flash.error(redirect, e);
        }
        return "redirect:/bank/" + bank + "?organisation=" + org;
    }

    @GetMapping("/bank/mentors/{personId}/edit")
    String editMentor(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String personId,
            @RequestParam String organisation, Model model) {
        OrganisationId org = OrganisationId.of(organisation);
        var entry = banks.currentMentor(me, org, PersonId.of(personId));
        BankChoices.mentor(vocabulary, banks, me, org, model);
        return edit(model, "mentors", entry, entry.personId(), entry.profile().fullName());
    }

    @PostMapping("/bank/mentors/{personId}")
    String saveMentor(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String personId,
            @RequestParam String organisation, @RequestParam(required = false) List<String> competences,
            @RequestParam(required = false) String achievements, @RequestParam(required = false) Integer capacity,
            @RequestParam(required = false) List<String> preferredForms, @RequestParam(required = false) String availability,
            @RequestParam(required = false) TrainingStatus trainingStatus,
            @RequestParam(defaultValue = "false") boolean sharedBank, RedirectAttributes redirect) {
        OrganisationId org = OrganisationId.of(organisation);
        banks.currentMentor(me, org, PersonId.of(personId));
        try {
            banks.saveMentor(me, org, new MentorRequest(personId, competences, achievements, capacity, preferredForms,
                    availability, trainingStatus, sharedBank));
            Flash.success(redirect, "bank.saved");
            return "redirect:/bank/mentors?organisation=" + org;
        } catch (InvalidInputException e) {
            Flash.error(redirect, e);
            return "redirect:/bank/mentors/" + PersonId.of(personId) + "/edit?organisation=" + org;
        }
    }

    @GetMapping("/bank/mentees/{personId}/edit")
    String editMentee(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String personId,
            @RequestParam String organisation, Model model) {
        OrganisationId org = OrganisationId.of(organisation);
        var entry = banks.currentMentee(me, org, PersonId.of(personId));
        BankChoices.mentee(vocabulary, org, model);
        return edit(model, "mentees", entry, entry.personId(), entry.fullName());
    }

    @PostMapping("/bank/mentees/{personId}")
    String saveMentee(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String personId,
            @RequestParam String organisation, @RequestParam(required = false) MenteeCategory category,
            @RequestParam(required = false) String categoryNote, @RequestParam(required = false) List<String> needs,
            @RequestParam(required = false) String needsNote, RedirectAttributes redirect) {
        OrganisationId org = OrganisationId.of(organisation);
        banks.currentMentee(me, org, PersonId.of(personId));
        try {
            banks.saveMentee(me, org, new MenteeRequest(personId, category, categoryNote, needs, needsNote));
            Flash.success(redirect, "bank.saved");
            return "redirect:/bank/mentees?organisation=" + org;
        } catch (InvalidInputException e) {
            Flash.error(redirect, e);
            return "redirect:/bank/mentees/" + PersonId.of(personId) + "/edit?organisation=" + org;
        }
    }
}
