package ru.nastavnik.shared.web;

import jakarta.servlet.ServletContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.thymeleaf.ITemplateEngine;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Gives every page the signed-in user and her navigation, for the layout. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

    private final Navigation navigation;

    CurrentUserAdvice(ITemplateEngine templates, ObjectProvider<ServletContext> servletContext) {
        ServletContext servlet = servletContext.getIfAvailable();
        this.navigation = new Navigation(templates, servlet == null ? "" : servlet.getContextPath());
    }

    @ModelAttribute("me")
    NastavnikPrincipal me(@AuthenticationPrincipal NastavnikPrincipal principal) {
        return principal;
    }

    @ModelAttribute("navigation")
    Navigation.Menu navigation(@AuthenticationPrincipal NastavnikPrincipal principal) {
        return principal == null ? null : navigation.of(principal);
    }
}
