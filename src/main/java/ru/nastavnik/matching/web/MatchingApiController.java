package ru.nastavnik.matching.web;

import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import ru.nastavnik.matching.DecisionView;
import ru.nastavnik.matching.Matching;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.RunView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Подбор наставников")
class MatchingApiController {

    private final Matching matching;

    MatchingApiController(Matching matching) {
        this.matching = matching;
    }

    record IdList(List<String> ids) {
    }

    record NewDecision(String menteeId, String mentorId, Boolean pin) {
    }

    @PostMapping("/matching-runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Подобрать наставников всем наставляемым банка без пары (веса — необязательно)")
    RunView run(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId,
            @RequestBody(required = false) MatchingWeights weights) {
        return matching.run(me, OrganisationId.of(orgId), weights);
    }

    @GetMapping("/matching-runs/latest")
    @Operation(summary = "Последний подбор: предложения с оценками и объяснениями, оставшиеся без наставника, сертификат")
    RunView latest(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId) {
        return matching.latest(me, OrganisationId.of(orgId)).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/proposals/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Отклонить предложения (ids)")
    void dismiss(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId, @RequestBody IdList request) {
        OrganisationId.of(orgId);
        matching.dismiss(me, request.ids() == null ? List.of() : request.ids().stream().map(Ids::parse).toList());
    }

    @GetMapping("/matching-decisions")
    List<DecisionView> decisions(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId) {
        return matching.decisions(me, OrganisationId.of(orgId));
    }

    @PostMapping("/matching-decisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Закрепить (pin=true) или исключить пару для следующих подборов")
    void decide(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId, @RequestBody NewDecision request) {
        matching.decide(me, OrganisationId.of(orgId), PersonId.of(request.menteeId()), PersonId.of(request.mentorId()),
                Boolean.TRUE.equals(request.pin()));
    }

    @DeleteMapping("/matching-decisions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forget(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable String orgId, @PathVariable String id) {
        UUID decision = Ids.parse(id);
        matching.forget(me, OrganisationId.of(orgId), decision);
    }
}
