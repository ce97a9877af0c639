package ru.nastavnik.practices.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.StaleVersionException;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;

/**
 * Post/Redirect/Get back to the practice's card with the outcome or the refusal's message; a change made on a version
 * someone has saved since (the consent recorded by the author and the curator at once) changes nothing and says so on
 * the card, which shows what is saved now.
 */
final class Outcome {

    private Outcome() {}

    static String of(PracticeId practice, RedirectAttributes redirect, Runnable action, String done) {
        String card = "redirect:/practices/" + practice;
        try {
            return Submit.to(card, redirect, action::run, done);
        } catch (StaleVersionException | OptimisticLockingFailureException meanwhile) {
            Flash.error(redirect, "error.conflict");
            return card;
        }
    }
}
