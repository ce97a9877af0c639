package ru.nastavnik.matching.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.matching.MatchingWeights;
import ru.nastavnik.matching.RunView;
import ru.nastavnik.matching.internal.AreaMatching;
import ru.nastavnik.matching.internal.AreaRunView;
import ru.nastavnik.matching.internal.DecisionView;
import ru.nastavnik.matching.internal.MatchingDecisions;
import ru.nastavnik.matching.internal.MatchingWishes;
import ru.nastavnik.matching.internal.OfferView;
import ru.nastavnik.matching.internal.SchoolMatching;
import ru.nastavnik.matching.internal.SuggestionView;
import ru.nastavnik.matching.internal.WishView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Подбор наставников")
class MatchingApiController {

    private final SchoolMatching matching;
    private final MatchingDecisions decisions;
    private final AreaMatching area;
    private final MatchingWishes wishes;

    MatchingApiController(
            SchoolMatching matching, MatchingDecisions decisions, AreaMatching area, MatchingWishes wishes) {
        this.area = area;
        this.wishes = wishes;
        this.matching = matching;
        this.decisions = decisions;
    }

    record IdList(List<String> ids) {}

    record NewDecision(String menteeId, String mentorId, Boolean pin) {}

    /** The services name the page form's fields; the body's are these (a 422 names the field the client sent). */
    private static final Map<String, String> BODY_FIELDS = Map.of("mentee", "menteeId", "mentor", "mentorId");

    @PostMapping("/matching-runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Подобрать наставников всем наставляемым банка без пары (веса — необязательно)")
    RunView run(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody(required = false) MatchingWeights weights) {
        return matching.run(me, orgId, weights);
    }

    @GetMapping("/matching-runs/latest")
    @Operation(
            summary = "Последний подбор: предложения с оценками и объяснениями, оставшиеся без наставника, сертификат")
    RunView latest(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return matching.latest(me, orgId).orElseThrow(NotFoundException::new);
    }

    @PostMapping("/area-matching-runs")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Подбор по муниципалитету или региону (orgId — территория; для методиста территории)")
    AreaRunView runArea(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody(required = false) MatchingWeights weights) {
        return area.run(me, orgId, weights);
    }

    @GetMapping("/area-matching-runs/latest")
    @Operation(summary = "Последний подбор по территории: показатели школ и предложения (наставляемые — без имён)")
    AreaRunView latestArea(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return area.latest(me, orgId).orElseThrow(NotFoundException::new);
    }

    @GetMapping("/area-proposals")
    @Operation(summary = "Предложения подборов по территории для наставляемых этой школы (утверждаются как свои)")
    List<OfferView> offers(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return area.offers(me, orgId);
    }

    record NewWish(String menteeId, String mentorId, Boolean byMentee) {}

    @GetMapping("/matching-wishes")
    @Operation(summary = "Пожелания наставляемых и наставников, учитываемые при подборе")
    List<WishView> wishes(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return wishes.list(me, orgId);
    }

    @PostMapping("/matching-wishes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Записать пожелание наставляемого (byMentee=true) или наставника")
    WishView wish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewWish request) {
        return InvalidInputException.naming(
                BODY_FIELDS,
                () -> wishes.record(
                        me,
                        orgId,
                        PersonId.of(request.menteeId()),
                        PersonId.of(request.mentorId()),
                        !Boolean.FALSE.equals(request.byMentee())));
    }

    @DeleteMapping("/matching-wishes/{id}")
    @Operation(summary = "Удалить пожелание к подбору")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forgetWish(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable WishId id) {
        wishes.forget(me, orgId, id.value());
    }

    @PostMapping("/proposals/dismiss")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Отклонить предложения (ids)")
    void dismiss(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody IdList request) {
        matching.dismiss(
                me,
                orgId,
                request.ids() == null
                        ? List.of()
                        : request.ids().stream().map(Ids::parse).toList());
    }

    @GetMapping("/mentees/{personId}/suggestions")
    @Operation(summary = "Лучшие кандидаты в наставники для одного наставляемого — с оценками и объяснениями")
    List<SuggestionView> suggestions(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId,
            @RequestParam(defaultValue = "5") int limit) {
        return matching.suggest(me, orgId, personId, limit);
    }

    @GetMapping("/matching-decisions")
    @Operation(summary = "Закреплённые и исключённые пары для следующего подбора")
    List<DecisionView> decisions(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return decisions.decisions(me, orgId);
    }

    @PostMapping("/matching-decisions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary =
                    "Закрепить (pin=true) или исключить пару для следующих подборов; адрес решения — в заголовке Location")
    ResponseEntity<Void> decide(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewDecision request) {
        UUID decision = InvalidInputException.naming(
                BODY_FIELDS,
                () -> decisions.decide(
                        me,
                        orgId,
                        PersonId.of(request.menteeId()),
                        PersonId.of(request.mentorId()),
                        Boolean.TRUE.equals(request.pin())));
        // 204 as before, for the clients written against it; Location lets one undo the decision without a list
        return ResponseEntity.noContent()
                .location(java.net.URI.create("/api/v1/organisations/" + orgId + "/matching-decisions/" + decision))
                .build();
    }

    @DeleteMapping("/matching-decisions/{id}")
    @Operation(summary = "Снять закрепление или исключение пары")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void forget(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable DecisionId id) {
        decisions.forget(me, orgId, id.value());
    }
}
