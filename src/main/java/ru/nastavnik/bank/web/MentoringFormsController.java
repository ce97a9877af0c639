package ru.nastavnik.bank.web;

import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.bank.MentoringFormSettings;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.VersionRequiredException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;

/** The forms of mentoring the school's Regulation provides for, chosen on the mentor bank's page. */
@Controller
class MentoringFormsController {

    private final MentoringFormSettings settings;

    MentoringFormsController(MentoringFormSettings settings) {
        this.settings = settings;
    }

    /** The usual forms ticked, then the school's own, one a line. */
    @PostMapping("/bank/settings/forms")
    String change(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            FormsChoice choice,
            @RequestParam(required = false) Long version,
            RedirectAttributes redirect) {
        List<String> forms = choice.forms();
        try {
            Submit.done(redirect, () -> settings.change(me, organisation, forms, version), "bank.forms.saved");
        } catch (StaleVersionException | VersionRequiredException e) {
            Flash.error(redirect, InvalidInputException.of("forms", "form.stale"));
        }
        return "redirect:/bank/mentors?organisation=" + organisation + "#regulation-forms";
    }
}
