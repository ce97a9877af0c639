package ru.nastavnik.roadmap.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import ru.nastavnik.roadmap.Roadmap;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;

@Controller
class RoadmapController {

    static final String VIEW = "roadmap/roadmap";

    private final Roadmap roadmap;

    RoadmapController(Roadmap roadmap) {
        this.roadmap = roadmap;
    }

    @GetMapping("/roadmap")
    String roadmap(@AuthenticationPrincipal NastavnikPrincipal me, @RequestParam(required = false) String organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("stages", roadmap.of(me, org));
        model.addAttribute("organisationId", org);
        return VIEW;
    }
}
