package ru.nastavnik.events.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.internal.EventFeedbacks;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;

/** The organiser sends the feedback questionnaire after the event and reads the answers summed up. */
@Controller
@RequestMapping("/events/{id}/feedback")
class EventFeedbackController {

    static final String SUMMARY = "events/event-feedback";

    private final EventFeedbacks feedbacks;

    EventFeedbackController(EventFeedbacks feedbacks) {
        this.feedbacks = feedbacks;
    }

    /** Before the questionnaire is sent there is nothing to sum up: back to the event, where it is sent from. */
    @GetMapping
    String summary(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable EventId id,
            Model model,
            RedirectAttributes redirect) {
        var feedback = feedbacks.of(me, id);
        if (feedback.isEmpty()) {
            Flash.error(redirect, "events.feedback.notSent");
            return "redirect:/events/" + id;
        }
        model.addAttribute("feedback", feedback.get());
        return SUMMARY;
    }

    @PostMapping
    String send(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable EventId id, RedirectAttributes redirect) {
        return Submit.done(redirect, () -> feedbacks.send(me, id), "events.feedback.sent")
                ? "redirect:/events/" + id + "/feedback"
                : "redirect:/events/" + id;
    }
}
