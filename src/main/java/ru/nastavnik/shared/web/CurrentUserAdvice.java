package ru.nastavnik.shared.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Gives every page the signed-in user, for the navigation of the layout. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    @ModelAttribute("me")
    NastavnikPrincipal me(@AuthenticationPrincipal NastavnikPrincipal principal) {
        return principal;
    }
}
