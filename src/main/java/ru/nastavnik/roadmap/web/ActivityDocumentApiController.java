package ru.nastavnik.roadmap.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.roadmap.internal.ActivityDocuments;
import ru.nastavnik.roadmap.internal.ActivityEvidenceLinks;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.EvidenceDocumentId;
import ru.nastavnik.roadmap.internal.EvidenceDocumentView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * An activity's evidence documents for other systems: list, upload, link an order, a held event's protocol or a published
 * item, remove, download.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/roadmap/activities/{id}/documents")
@Tag(name = "Дорожная карта")
class ActivityDocumentApiController {

    private final ActivityDocuments documents;
    private final ActivityEvidenceLinks links;
    private final RoadmapPlans plans;

    ActivityDocumentApiController(ActivityDocuments documents, ActivityEvidenceLinks links, RoadmapPlans plans) {
        this.documents = documents;
        this.links = links;
        this.plans = plans;
    }

    @GetMapping
    @Operation(summary = "Документы, подтверждающие выполнение мероприятия")
    List<EvidenceDocumentView> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id) {
        return documents.list(me, owned(me, orgId, id));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Загрузить документ: title, date (ГГГГ-ММ-ДД, не позже сегодняшнего дня), file (PDF, DOCX, XLSX, JPEG, PNG)")
    ResponseEntity<EvidenceDocumentView> upload(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String date,
            @RequestParam(name = "file", required = false) MultipartFile file)
            throws IOException {
        ActivityId activity = owned(me, orgId, id);
        try (InputStream in = file == null || file.isEmpty() ? null : file.getInputStream()) {
            return ResponseEntity.status(HttpStatus.CREATED)
                    .body(documents.upload(
                            me,
                            activity,
                            title,
                            EvidenceForms.date(date),
                            in,
                            file == null ? null : file.getOriginalFilename()));
        }
    }

    @PostMapping(path = "/link", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Привязать зарегистрированный приказ организации: order (id приказа), title (необязательно)")
    ResponseEntity<EvidenceDocumentView> link(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @RequestBody EvidenceForms.Link body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(documents.linkOrder(
                        me,
                        owned(me, orgId, id),
                        body.order() == null ? null : body.order().value(),
                        body.title()));
    }

    @PostMapping(path = "/link-protocol", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Привязать протокол проведённого мероприятия школы: event (id мероприятия), title (необязательно)")
    ResponseEntity<EvidenceDocumentView> linkProtocol(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @RequestBody EvidenceForms.ProtocolLink body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(links.linkProtocol(
                        me,
                        owned(me, orgId, id),
                        body.event() == null ? null : body.event().value(),
                        body.title()));
    }

    @PostMapping(path = "/link-publication", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary =
                    "Привязать опубликованную публикацию сайта школы: publication (id публикации), title (необязательно)")
    ResponseEntity<EvidenceDocumentView> linkPublication(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @RequestBody EvidenceForms.PublicationLink body) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(links.linkPublication(
                        me,
                        owned(me, orgId, id),
                        body.publication() == null ? null : body.publication().value(),
                        body.title()));
    }

    @DeleteMapping("/{document}")
    @Operation(summary = "Убрать документ из подтверждений мероприятия")
    ResponseEntity<Void> remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @PathVariable EvidenceDocumentId document) {
        documents.remove(me, owned(me, orgId, id), document);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{document}")
    @Operation(summary = "Скачать документ")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ActivityId id,
            @PathVariable EvidenceDocumentId document) {
        return ActivityDocumentController.file(documents.download(me, owned(me, orgId, id), document));
    }

    /** The activity only through its own organisation: another's id in the path finds nothing. */
    private ActivityId owned(NastavnikPrincipal me, OrganisationId orgId, ActivityId id) {
        if (!plans.activity(me, id).organisation().equals(orgId)) {
            throw new NotFoundException();
        }
        return id;
    }
}
