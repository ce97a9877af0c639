package ru.nastavnik.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.internal.LibraryEntry;
import ru.nastavnik.practices.internal.LibraryQuery;
import ru.nastavnik.practices.internal.PracticeHierarchy;
import ru.nastavnik.practices.internal.PracticeLibrary;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The library of a municipality or region and the proposals waiting for its methodologist's decision. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Лучшие практики")
class PracticeLibraryApiController {

    private final PracticeLibrary library;
    private final PracticeHierarchy hierarchy;

    PracticeLibraryApiController(PracticeLibrary library, PracticeHierarchy hierarchy) {
        this.library = library;
        this.hierarchy = hierarchy;
    }

    record Return(String comment) {}

    @GetMapping("/practice-library")
    @Operation(
            summary = "Копилка муниципалитета или региона: принятые практики школ, поиск по словам (q), школе и уровню")
    List<LibraryEntry> search(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) OrganisationId school,
            @RequestParam(required = false) PracticeLevel level) {
        return library.search(me, orgId, new LibraryQuery(q, school, level));
    }

    @GetMapping("/practice-proposals")
    @Operation(summary = "Практики, предложенные в копилку муниципалитета или региона и ждущие решения")
    List<PracticeView> proposals(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return hierarchy.proposals(me, orgId);
    }

    @PostMapping("/practice-proposals/{id}/accept")
    @Operation(summary = "Принять предложенную практику в копилку муниципалитета или региона")
    PracticeView accept(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id) {
        return hierarchy.accept(me, orgId, id);
    }

    @PostMapping("/practice-proposals/{id}/return")
    @Operation(summary = "Вернуть предложенную практику на доработку с комментарием (comment)")
    PracticeView giveBack(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id,
            @RequestBody Return body) {
        return hierarchy.giveBack(me, orgId, id, body.comment());
    }
}
