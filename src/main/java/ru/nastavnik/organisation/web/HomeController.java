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
import ru.nastavnik.shared.web.HomeTile;
import ru.nastavnik.shared.web.HomeTiles;

@Controller
class HomeController {

    static final String VIEW = "organisation/home";

    private final OrganisationManagement organisations;
    private final List<HomeTiles> tiles;

    HomeController(OrganisationManagement organisations, List<HomeTiles> tiles) {
        this.organisations = organisations;
        this.tiles = tiles;
    }

    @GetMapping("/login")
    String login() {
        return "organisation/login";
    }

    /**
     * What the signed-in user can do next, per role, as the modules offer it: the roadmap for a director or curator,
     * the cabinet for a mentor or a mentee (a curator may be a mentor too, so nobody is sent past this page).
     */
    @GetMapping("/")
    String home(@AuthenticationPrincipal NastavnikPrincipal me, Model model) {
        model.addAttribute(
                "tiles",
                tiles.stream()
                        .flatMap(t -> t.tilesFor(me).stream())
                        .sorted(Comparator.comparingInt(HomeTile::order))
                        .toList());
        List<RoleLine> roles = me.grants().stream()
                .map(g -> new RoleLine(
                        g.role(),
                        g.organisation() == null
                                ? null
                                : organisations
                                        .find(g.organisation())
                                        .map(OrganisationSummary::name)
                                        .orElse(null)))
                .sorted(Comparator.comparing(RoleLine::role))
                .toList();
        model.addAttribute("roles", roles);
        model.addAttribute("canStaff", me.isSystemAdmin() || me.isManager());
        return VIEW;
    }

    record RoleLine(Role role, String organisationName) {}
}
