package ru.nastavnik.mentorship.web;

import java.util.List;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.mentorship.internal.ProposalApprovals;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;
import ru.nastavnik.shared.web.Submit;

/** Approving the chosen proposals of a matching run forms their pairs. */
@Controller
class ProposalController {

    private final ProposalApprovals approval;
    private final MessageSource messages;

    ProposalController(ProposalApprovals approval, MessageSource messages) {
        this.approval = approval;
        this.messages = messages;
    }

    @PostMapping("/mentorship/proposals/approve")
    String approve(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            ApprovalForm approvalForm,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        List<UUID> ids = approvalForm.ids();
        try {
            if (Submit.done(
                    redirect,
                    () -> Flash.of(
                            "mentorship.proposal.approved",
                            approval.approve(
                                            me,
                                            org,
                                            ids,
                                            approvalForm.form(),
                                            approvalForm.startsOn(),
                                            approvalForm.endsOn())
                                    .size()))) {
                return "redirect:/mentorship/pairs?organisation=" + org;
            }
        } catch (ProposalApproval.Refused e) {
            InvalidInputException.Problem problem = e.reason().problems().get(0);
            String reason = messages.getMessage(
                    problem.messageKey(),
                    problem.args().toArray(),
                    problem.messageKey(),
                    java.util.Locale.forLanguageTag("ru"));
            Flash.error(redirect, "mentorship.proposal.failed", e.mentee(), reason);
        }
        return "redirect:/matching/runs?organisation=" + org;
    }
}
