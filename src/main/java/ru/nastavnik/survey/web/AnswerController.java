package ru.nastavnik.survey.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;
import ru.nastavnik.shared.web.Submit;
import ru.nastavnik.survey.internal.Answering;

/**
 * Answering: by the personal link (no sign-in; the link is the key) or from the teacher's cabinet. The page
 * saves the answers as they are typed (htmx posts the form to …/draft) and submits them once.
 */
@Controller
class AnswerController {

    static final String PREFIX = "a-";

    private final Answering answering;

    AnswerController(Answering answering) {
        this.answering = answering;
    }

    @GetMapping("/s/{token}")
    String byLink(@PathVariable String token, Model model) {
        model.addAttribute("sheet", answering.sheet(token));
        model.addAttribute("base", "/s/" + token);
        return "survey/answer";
    }

    @PostMapping("/s/{token}/draft")
    String draftByLink(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model) {
        return draft(model, () -> answering.saveDraft(token, answers(form)));
    }

    @PostMapping("/s/{token}")
    String submitByLink(
            @PathVariable String token, @RequestParam MultiValueMap<String, String> form, RedirectAttributes redirect) {
        return submit(
                redirect,
                "/s/" + token,
                () -> answering.submit(token, answers(form)),
                () -> answering.saveDraft(token, answers(form)));
    }

    @GetMapping("/survey/my")
    String mine(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        model.addAttribute("mine", answering.mine(me));
        return "survey/my";
    }

    @GetMapping("/survey/my/{id}")
    String own(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable InvitationId id, Model model) {
        model.addAttribute("sheet", answering.sheet(me, id.value()));
        model.addAttribute("base", "/survey/my/" + id);
        return "survey/answer";
    }

    @PostMapping("/survey/my/{id}/draft")
    String draftOwn(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable InvitationId id,
            @RequestParam MultiValueMap<String, String> form,
            Model model) {
        UUID invitation = id.value();
        return draft(model, () -> answering.saveDraft(me, invitation, answers(form)));
    }

    @PostMapping("/survey/my/{id}")
    String submitOwn(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable InvitationId id,
            @RequestParam MultiValueMap<String, String> form,
            RedirectAttributes redirect) {
        UUID invitation = id.value();
        return submit(
                redirect,
                "/survey/my/" + invitation,
                () -> answering.submit(me, invitation, answers(form)),
                () -> answering.saveDraft(me, invitation, answers(form)));
    }

    private static String draft(Model model, Runnable save) {
        model.addAttribute("saved", PageRefusal.shown(model, "problem", save));
        return "survey/_saved :: status";
    }

    /** A refused submission keeps what was typed as the draft, so that nothing is lost on the way back. */
    private static String submit(RedirectAttributes redirect, String base, Runnable submit, Runnable keep) {
        if (!Submit.done(redirect, submit::run, "survey.answer.thanks")) {
            try {
                keep.run();
            } catch (InvalidInputException ignored) {
                // the draft itself is refused (a closed questionnaire, say): the message above says why
            }
        }
        return "redirect:" + base;
    }

    /** The answer fields of the form ({@code a-<question key>}), each with all its values. */
    static Map<String, List<String>> answers(MultiValueMap<String, String> form) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        form.forEach((name, values) -> {
            if (name.startsWith(PREFIX) && name.length() <= 60) {
                answers.put(name.substring(PREFIX.length()), new ArrayList<>(values));
            }
        });
        return answers;
    }
}
