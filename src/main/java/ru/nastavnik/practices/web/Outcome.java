package ru.nastavnik.practices.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.web.Submit;

/** Post/Redirect/Get back to the practice's card with the outcome or the refusal's message. */
final class Outcome {

    private Outcome() {}

    static String of(PracticeId practice, RedirectAttributes redirect, Runnable action, String done) {
        return Submit.to("redirect:/practices/" + practice, redirect, action::run, done);
    }
}
