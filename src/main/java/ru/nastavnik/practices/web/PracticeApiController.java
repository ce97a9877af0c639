package ru.nastavnik.practices.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ru.nastavnik.practices.PracticeCard;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.Practices;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Proposed best practices of an organisation and the curator's decision on them. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/practices")
@Tag(name = "Лучшие практики")
class PracticeApiController {

    private final Practices practices;

    PracticeApiController(Practices practices) {
        this.practices = practices;
    }

    record Rejection(String reason) {
    }

    @GetMapping
    @Operation(summary = "Предложенные, принятые и отклонённые практики организации")
    List<PracticeView> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return practices.list(me, orgId);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Карточка практики")
    PracticeCard card(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable PracticeId id) {
        return practices.card(me, orgId, id);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Принять практику в копилку")
    PracticeView accept(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable PracticeId id) {
        return practices.accept(me, orgId, id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Отклонить практику с указанием причины (reason)")
    PracticeView reject(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable PracticeId id,
            @RequestBody Rejection body) {
        return practices.reject(me, orgId, id, body.reason());
    }
}
