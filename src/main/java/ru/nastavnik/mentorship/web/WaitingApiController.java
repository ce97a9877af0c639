package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.internal.NoticeId;
import ru.nastavnik.mentorship.internal.SupportId;
import ru.nastavnik.mentorship.internal.SupportKind;
import ru.nastavnik.mentorship.internal.WaitingSearch;
import ru.nastavnik.mentorship.internal.WaitingView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;

/** Mentees without a pair: their support and the mentors the standing search found; notices read. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Наставнические пары и приказы")
class WaitingApiController {

    private final WaitingSearch waiting;

    WaitingApiController(WaitingSearch waiting) {
        this.waiting = waiting;
    }

    record NewSupport(String personId, SupportKind kind, String note) {}

    @GetMapping("/waiting-mentees")
    @Operation(summary = "Наставляемые без пары постранично: сопровождение и найденные постоянным поиском наставники")
    ApiPage<WaitingView> waiting(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = ApiPage.NAME) @RequestParam(required = false) String q,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(waiting.list(me, orgId, q, ApiPage.asked(page, size)));
    }

    @PostMapping("/supports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Назначить сопровождение наставляемому без пары (PSYCHOLOGICAL, CONSULTATION, GROUP, OTHER); адрес — в Location")
    ResponseEntity<Void> support(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewSupport s) {
        UUID support = waiting.assignSupport(me, orgId, PersonId.of(s.personId()), s.kind(), s.note());
        // 204 as before; Location names the support a client ends with POST …/supports/{id}/end
        return ResponseEntity.noContent()
                .location(URI.create("/api/v1/organisations/" + orgId + "/supports/" + support))
                .build();
    }

    @PostMapping("/supports/{id}/end")
    @Operation(summary = "Завершить сопровождение наставляемого без пары")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endSupport(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable SupportId id) {
        waiting.endSupport(me, orgId, id.value());
    }

    @PostMapping("/notices/{id}/seen")
    @Operation(summary = "Отметить уведомление прочитанным")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void seen(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable NoticeId id) {
        waiting.seen(me, orgId, id.value());
    }
}
