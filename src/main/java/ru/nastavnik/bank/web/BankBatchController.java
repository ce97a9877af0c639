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
import ru.nastavnik.bank.BankCapacities;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MenteeView;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TrainingStatus;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.bank.internal.BankBatches;
import ru.nastavnik.bank.internal.BankRegistry;
import ru.nastavnik.bank.internal.TrainingRequest;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.SavedMeanwhile;
import ru.nastavnik.shared.web.Submit;

/** Many people at once (entering a bank, mentors' training) and one entry's prefilled edit form, for both banks. */
@Controller
class BankBatchController {

    static final String EDIT = "bank/entry-edit";

    private final BankRegistry banks;
    private final BankCapacities capacities;
    private final BankBatches batches;
    private final Vocabulary vocabulary;

    BankBatchController(BankRegistry banks, BankCapacities capacities, BankBatches batches, Vocabulary vocabulary) {
        this.banks = banks;
        this.capacities = capacities;
        this.batches = batches;
        this.vocabulary = vocabulary;
    }

    @PostMapping("/bank/mentees/batch")
    String addMentees(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(name = "personId", required = false) List<String> people,
            MenteeForm form,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return allOrNothing(
                redirect, "bank.batch.added", "mentees", org, () -> batches.addMentees(me, org, form.of(people)));
    }

    @PostMapping("/bank/mentors/batch")
    String addMentors(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(name = "personId", required = false) List<String> people,
            MentorForm form,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return allOrNothing(
                redirect, "bank.batch.added", "mentors", org, () -> batches.addMentors(me, org, form.of(people)));
    }

    @PostMapping("/bank/mentors/training")
    String training(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(name = "personId", required = false) List<String> people,
            @RequestParam(required = false) TrainingStatus trainingStatus,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return allOrNothing(
                redirect,
                "bank.batch.trained",
                "mentors",
                org,
                () -> batches.setTraining(me, org, new TrainingRequest(people, trainingStatus)));
    }

    /**
     * One edit page for both banks: the title, the address and the fields are the bank's; {@code version} is the one
     * the entry was read at, which the form sends back.
     */
    private static String edit(Model model, String bank, Object entry, long version, PersonId person, String fullName) {
        model.addAttribute("bank", bank);
        model.addAttribute("entry", entry);
        model.addAttribute("version", version);
        model.addAttribute("person", person);
        model.addAttribute("fullName", fullName);
        return EDIT;
    }

    /**
     * Saved by someone else since she opened the page: the page again with what she typed and the entry as saved
     * now beside it (needs and competences by their titles), and the next save made over the version she has seen.
     */
    private static String stale(
            Model model,
            String bank,
            Object typed,
            Object saved,
            long version,
            PersonId person,
            String fullName,
            String topicsField,
            List<String> savedTopics) {
        String page = edit(model, bank, typed, version, person, fullName);
        SavedMeanwhile.show(model, "entry", typed, saved, "form.stale");
        @SuppressWarnings("unchecked")
        var differences = (java.util.Map<String, Object>) model.getAttribute(SavedMeanwhile.ATTRIBUTE);
        @SuppressWarnings("unchecked")
        var titles = (java.util.Map<String, String>) model.getAttribute("topicTitles");
        differences.computeIfPresent(
                topicsField,
                (field, codes) -> savedTopics.isEmpty()
                        ? codes
                        : String.join(
                                ", ",
                                savedTopics.stream()
                                        .map(code -> titles.getOrDefault(code, code))
                                        .toList()));
        return page;
    }

    /** A change of many people, back to their bank: how many were changed, or who could not be and why. */
    private static String allOrNothing(
            RedirectAttributes redirect, String done, String bank, OrganisationId org, Supplier<List<?>> change) {
        Submit.done(redirect, () -> Flash.of(done, change.get().size()));
        return "redirect:/bank/" + bank + "?organisation=" + org;
    }

    @GetMapping("/bank/mentors/{personId}/edit")
    String editMentor(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId personId,
            @RequestParam OrganisationId organisation,
            Model model) {
        OrganisationId org = organisation;
        var entry = banks.currentMentor(me, org, personId);
        BankChoices.mentor(vocabulary, capacities, me, org, model);
        return edit(
                model,
                "mentors",
                entry,
                entry.version(),
                entry.personId(),
                entry.profile().fullName());
    }

    @PostMapping("/bank/mentors/{personId}")
    String saveMentor(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId personId,
            @RequestParam OrganisationId organisation,
            MentorForm form,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        PersonId person = personId;
        MentorRequest typed = form.of(personId.toString());
        try {
            return Submit.done(redirect, () -> banks.updateMentor(me, org, person, typed, version), "bank.saved")
                    ? "redirect:/bank/mentors?organisation=" + org
                    : "redirect:/bank/mentors/" + person + "/edit?organisation=" + org;
        } catch (StaleVersionException | VersionRequiredException e) {
            MentorView saved = banks.currentMentor(me, org, person);
            BankChoices.mentor(vocabulary, capacities, me, org, model);
            return stale(
                    model,
                    "mentors",
                    typed,
                    saved.request(),
                    saved.version(),
                    person,
                    saved.profile().fullName(),
                    "competences",
                    saved.competences());
        }
    }

    @GetMapping("/bank/mentees/{personId}/edit")
    String editMentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId personId,
            @RequestParam OrganisationId organisation,
            Model model) {
        OrganisationId org = organisation;
        var entry = banks.currentMentee(me, org, personId);
        BankChoices.mentee(vocabulary, org, model);
        return edit(model, "mentees", entry, entry.version(), entry.personId(), entry.fullName());
    }

    @PostMapping("/bank/mentees/{personId}")
    String saveMentee(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable PersonId personId,
            @RequestParam OrganisationId organisation,
            MenteeForm form,
            @RequestParam(required = false) Long version,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        PersonId person = personId;
        MenteeRequest typed = form.of(personId.toString());
        try {
            return Submit.done(redirect, () -> banks.updateMentee(me, org, person, typed, version), "bank.saved")
                    ? "redirect:/bank/mentees?organisation=" + org
                    : "redirect:/bank/mentees/" + person + "/edit?organisation=" + org;
        } catch (StaleVersionException | VersionRequiredException e) {
            MenteeView saved = banks.currentMentee(me, org, person);
            BankChoices.mentee(vocabulary, org, model);
            return stale(
                    model,
                    "mentees",
                    typed,
                    saved.request(),
                    saved.version(),
                    person,
                    saved.fullName(),
                    "needs",
                    saved.needs());
        }
    }
}
