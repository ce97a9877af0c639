package ru.nastavnik.monitoring.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.monitoring.internal.HealthEscalations;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;

/** The schools of a methodologist's territory with pairs at risk too long: counts per school, no names. */
@Controller
class EscalationController {

    private final HealthEscalations escalations;

    EscalationController(HealthEscalations escalations) {
        this.escalations = escalations;
    }

    @GetMapping("/monitoring/escalations")
    String escalations(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId area = RequestedOrganisation.get(me, organisation);
        model.addAttribute("schools", escalations.flagged(me, area));
        model.addAttribute("organisationId", area);
        return "monitoring/escalations";
    }
}
