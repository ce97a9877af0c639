package ru.nastavnik.organisation.web;

import java.util.Comparator;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@Controller
class HomeController {

    static final String VIEW = "organisation/home";

    private final OrganisationManagement organisations;

    HomeController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/login")
    String login() {
        return "organisation/login";
    }

    /** A director or curator starts from their roadmap; everyone else from their roles and links. */
    @GetMapping("/")
    String home(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        if (me.isManager()) {
            return "redirect:/roadmap";
        }
        List<RoleLine> roles = me.grants().stream()
                .map(g -> new RoleLine(g.role(), g.organisation() == null ? null
                        : organisations.find(g.organisation()).map(OrganisationSummary::name).orElse(null)))
                .sorted(Comparator.comparing(RoleLine::role))
                .toList();
        model.addAttribute("roles", roles);
        model.addAttribute("canStaff", me.isSystemAdmin() || me.isManager());
        return VIEW;
    }

    record RoleLine(Role role, String organisationName) {
    }
}
