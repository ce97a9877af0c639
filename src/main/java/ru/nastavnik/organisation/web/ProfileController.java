package ru.nastavnik.organisation.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.organisation.internal.ApiTokens;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.FormPage;

/** The signed-in user's own page: their password and their personal API tokens. */
@Controller
@RequestMapping("/organisation/profile")
class ProfileController {

    static final String VIEW = "organisation/profile";

    private final UserManagement users;
    private final ApiTokens tokens;

    ProfileController(UserManagement users, ApiTokens tokens) {
        this.users = users;
        this.tokens = tokens;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        if (!model.containsAttribute("passwordForm")) {
            model.addAttribute("passwordForm", new PasswordForm());
        }
        if (!model.containsAttribute("tokenForm")) {
            model.addAttribute("tokenForm", new TokenForm());
        }
        model.addAttribute("tokens", tokens.of(me));
        model.addAttribute("maxValidDays", tokens.maxValidDays());
        return VIEW;
    }

    @PostMapping("/password")
    String changePassword(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @ModelAttribute PasswordForm passwordForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        FormPage page = FormPage.of(model, result, () -> profile(me, model));
        if (passwordForm.getNewPassword() == null
                || !passwordForm.getNewPassword().equals(passwordForm.getRepeatPassword())) {
            return page.refused(InvalidInputException.of("repeatPassword", "profile.password.mismatch"));
        }
        return page.submit(
                redirect,
                () -> users.changeOwnPassword(
                        me,
                        passwordForm.getCurrentPassword(),
                        passwordForm.getNewPassword(),
                        passwordForm.isRevokeTokens()),
                "profile.password.changed",
                "redirect:/organisation/profile");
    }

    @PostMapping("/tokens")
    String issueToken(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @ModelAttribute TokenForm tokenForm,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return FormPage.of(model, result, () -> profile(me, model))
                .submit(
                        redirect,
                        () -> tokens.issue(me, tokenForm.getName(), tokenForm.getValidDays()),
                        issued -> {
                            // the secret is shown once, on the page she is sent to, and never stored
                            redirect.addFlashAttribute("issuedToken", issued.secret());
                            return null;
                        },
                        issued -> "redirect:/organisation/profile");
    }

    @PostMapping("/tokens/{id}/revoke")
    String revokeToken(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable TokenId id, RedirectAttributes redirect) {
        tokens.revoke(me, id.value());
        Flash.success(redirect, "profile.tokens.revoked");
        return "redirect:/organisation/profile";
    }
}
