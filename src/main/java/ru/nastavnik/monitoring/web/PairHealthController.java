package ru.nastavnik.monitoring.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.monitoring.internal.MonitoringSettingsManagement;
import ru.nastavnik.monitoring.internal.PairHealth;
import ru.nastavnik.monitoring.internal.PairHealthBoard;
import ru.nastavnik.monitoring.internal.PairHealthView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;

/** The school's working pairs by health, for its director and curator. */
@Controller
class PairHealthController {

    private final PairHealthBoard board;
    private final MonitoringSettingsManagement settings;

    PairHealthController(PairHealthBoard board, MonitoringSettingsManagement settings) {
        this.board = board;
        this.settings = settings;
    }

    @GetMapping("/monitoring/pairs")
    String pairs(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        var pairs = board.of(me, org);
        model.addAttribute("pairs", pairs);
        model.addAttribute(
                "counts",
                java.util.Arrays.stream(PairHealth.values())
                        .map(h -> pairs.stream()
                                .map(PairHealthView::health)
                                .filter(h::equals)
                                .count())
                        .toList());
        model.addAttribute("healths", PairHealth.values());
        model.addAttribute("organisationId", org);
        model.addAttribute("quietDays", settings.view(me, org).settings().quietDays());
        return "monitoring/pair-health";
    }
}
