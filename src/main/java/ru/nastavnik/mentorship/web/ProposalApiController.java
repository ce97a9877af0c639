package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.mentorship.internal.ProposalApprovals;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Approving the matching's proposals: the pairs are formed all or none. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Наставнические пары и приказы")
class ProposalApiController {

    private final ProposalApprovals approval;

    ProposalApiController(ProposalApprovals approval) {
        this.approval = approval;
    }

    record Approval(List<String> proposalIds, String form, LocalDate startsOn, LocalDate endsOn) {}

    @PostMapping("/proposals/approve")
    @Operation(summary = "Утвердить предложения подбора: пары формируются все или ни одной")
    List<MentorshipView> approve(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Approval a) {
        try {
            return approval.approve(
                    me,
                    orgId,
                    a.proposalIds() == null
                            ? List.of()
                            : a.proposalIds().stream().map(Ids::parse).toList(),
                    a.form(),
                    a.startsOn(),
                    a.endsOn());
        } catch (ProposalApproval.Refused e) {
            throw e.reason();
        }
    }
}
