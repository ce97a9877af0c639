package ru.nastavnik.practices.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeDocuments;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.practices.internal.PracticeCard;
import ru.nastavnik.practices.internal.PracticeEditing;
import ru.nastavnik.practices.internal.PracticeHierarchy;
import ru.nastavnik.practices.internal.PracticeManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/**
 * Practices of an organisation: a school's proposals and its curator's decision, the sections and the authors'
 * consent; a practice's card and DOCX as read in a school or in the municipal (regional) library that holds it.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/practices")
@Tag(name = "Лучшие практики")
class PracticeApiController {

    private final PracticeManagement practices;
    private final PracticeEditing editing;
    private final PracticeHierarchy hierarchy;
    private final PracticeDocuments documents;

    PracticeApiController(
            PracticeManagement practices,
            PracticeEditing editing,
            PracticeHierarchy hierarchy,
            PracticeDocuments documents) {
        this.practices = practices;
        this.editing = editing;
        this.hierarchy = hierarchy;
        this.documents = documents;
    }

    record Rejection(String reason) {}

    record Consent(LocalDate givenOn) {}

    /** Bound as sent; the sections are checked by the service's call, so a refusal is a 422 naming the field. */
    record Description(
            String title,
            String summary,
            String problem,
            String goals,
            String content,
            String results,
            String materials) {

        PracticeDescription checked() {
            return new PracticeDescription(title, summary, problem, goals, content, results, materials);
        }
    }

    @GetMapping
    @Operation(summary = "Предложенные, принятые и отклонённые практики школы")
    List<PracticeView> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return practices.list(me, orgId);
    }

    @GetMapping("/{id}")
    @Operation(
            summary =
                    "Карточка практики с историей (в школе или в копилке муниципалитета, региона; ETag — для If-Match)")
    ResponseEntity<PracticeCard> card(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id) {
        PracticeCard card = practices.card(me, orgId, id);
        return ETags.ok(card.practice().version(), card);
    }

    @PostMapping("/{id}/accept")
    @Operation(summary = "Принять практику в копилку школы")
    PracticeView accept(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id) {
        return practices.accept(me, orgId, id);
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Отклонить практику с указанием причины (reason)")
    PracticeView reject(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id,
            @RequestBody Rejection body) {
        return practices.reject(me, orgId, id, body.reason());
    }

    @PutMapping("/{id}/description")
    @Operation(summary = "Изменить описание практики по разделам конкурса «Наставничество»")
    ResponseEntity<PracticeView> describe(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id,
            @RequestBody Description body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        PracticeView saved = editing.describe(me, orgId, id, ETags.parse(ifMatch), body.checked());
        return ETags.ok(saved.version(), saved);
    }

    @PutMapping("/{id}/distribution-consent")
    @Operation(summary = "Записать согласие авторов на распространение практики (givenOn — дата согласия)")
    ResponseEntity<PracticeView> consent(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id,
            @RequestBody Consent body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        PracticeView saved = ru.nastavnik.shared.InvalidInputException.naming(
                java.util.Map.of("consentOn", "givenOn"),
                () -> editing.recordConsent(me, orgId, id, ETags.parse(ifMatch), body.givenOn()));
        return ETags.ok(saved.version(), saved);
    }

    @PostMapping("/{id}/proposal")
    @Operation(summary = "Предложить практику из копилки организации на уровень выше (муниципальный или региональный)")
    PracticeView propose(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id) {
        return hierarchy.propose(me, orgId, id);
    }

    @GetMapping("/{id}/document")
    @Operation(summary = "Описание практики в форме конкурса «Наставничество» (DOCX)")
    ResponseEntity<byte[]> document(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PracticeId id) {
        return PracticeLibraryController.download(documents.contestEntry(me, orgId, id));
    }
}
