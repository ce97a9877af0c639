package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.monitoring.internal.PairHealth;
import ru.nastavnik.monitoring.internal.PairHealthBoard;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The pairs' health for scripts and the region's systems: the same verdicts and reasons as the page, in words. */
@RestController
@Tag(name = "Мониторинг")
class PairHealthApiController {

    private final PairHealthBoard board;
    private final MessageSource messages;

    PairHealthApiController(PairHealthBoard board, MessageSource messages) {
        this.board = board;
        this.messages = messages;
    }

    record Pair(MentorshipId id, List<String> mentors, List<String> mentees, PairHealth health, List<Reason> reasons) {}

    record Reason(String code, long figure, PairHealth weight, String text) {}

    @GetMapping("/api/v1/organisations/{orgId}/pair-health")
    @Operation(
            summary =
                    "Состояние работающих пар: в порядке, требует внимания, под угрозой — с причинами (директор и куратор)")
    List<Pair> pairs(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return board.of(me, orgId).stream()
                .map(p -> new Pair(
                        p.pair(),
                        p.mentors(),
                        p.mentees(),
                        p.health(),
                        p.reasons().stream()
                                .map(r -> new Reason(
                                        r.messageKey().substring(r.messageKey().lastIndexOf('.') + 1),
                                        r.figure(),
                                        r.weight(),
                                        messages.getMessage(
                                                r.messageKey(),
                                                new Object[] {r.figure()},
                                                LocaleContextHolder.getLocale())))
                                .toList()))
                .toList();
    }
}
