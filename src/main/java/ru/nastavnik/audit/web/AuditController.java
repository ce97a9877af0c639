package ru.nastavnik.audit.web;

import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.audit.AuditLog;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.RequestedOrganisation;

@Controller
class AuditController {

    static final String VIEW = "audit/audit-list";

    private final AuditLog log;

    AuditController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit/entries")
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(name = "organisation", required = false) OrganisationId organisation,
            @RequestParam(name = "subject", required = false) String subject,
            @RequestParam(name = "page", defaultValue = "0") int page,
            Model model,
            RedirectAttributes redirect) {
        OrganisationId organisationId =
                RequestedOrganisation.find(me, organisation).orElse(null);
        if (organisationId == null) {
            Flash.error(redirect, "staff.chooseOrganisation");
            return "redirect:/organisation/organisations";
        }
        UUID subjectId = subject == null || subject.isBlank() ? null : Ids.parse(subject);
        var entries = log.of(me, organisationId, subjectId, page, 50);
        model.addAttribute("page", entries);
        model.addAttribute("countedInFull", AuditLog.countedInFull(entries));
        model.addAttribute("organisationId", organisationId);
        model.addAttribute("subject", subjectId);
        return VIEW;
    }
}
