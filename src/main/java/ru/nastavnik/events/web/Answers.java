package ru.nastavnik.events.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.events.EventId;
import ru.nastavnik.shared.web.Submit;

/** Post/Redirect/Get back to the event's page with the outcome or the refusal's message. */
final class Answers {

    private Answers() {}

    static String run(RedirectAttributes redirect, EventId id, Runnable action, String done) {
        return Submit.to("redirect:/events/" + id, redirect, action::run, done);
    }
}
