package ru.nastavnik.training.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;
import ru.nastavnik.training.internal.AwaitingCourse;
import ru.nastavnik.training.internal.CourseId;
import ru.nastavnik.training.internal.CourseStatus;
import ru.nastavnik.training.internal.CourseView;
import ru.nastavnik.training.internal.ExternalCourses;
import ru.nastavnik.training.internal.TrainingRecord;
import ru.nastavnik.training.internal.TrainingRecordDocument;
import ru.nastavnik.training.internal.TrainingRecords;

/** External courses of an organisation's staff, the curator's decision on them, and a person's training record. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Повышение квалификации наставников")
class CourseApiController {

    private final ExternalCourses courses;
    private final TrainingRecords records;
    private final TrainingRecordDocument document;

    CourseApiController(ExternalCourses courses, TrainingRecords records, TrainingRecordDocument document) {
        this.courses = courses;
        this.records = records;
        this.document = document;
    }

    record Comment(String comment) {}

    @GetMapping("/courses")
    @Operation(summary = "Внешние курсы работников организации в одном состоянии (по умолчанию — ждущие подтверждения)")
    List<AwaitingCourse> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) CourseStatus status) {
        return records.inState(me, orgId, status);
    }

    @PostMapping(value = "/courses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary =
                    "Записать внешний курс (КПК, ДПП): работник (personId), организатор, название, часы, даты, скан удостоверения")
    ResponseEntity<CourseView> record(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = "Работник; свой курс наставник записывает без него")
                    @RequestParam(required = false)
                    PersonId personId,
            @ParameterObject CourseForm form,
            @RequestParam(required = false) MultipartFile certificate)
            throws IOException {
        PersonId whose =
                personId != null ? personId : records.own(me).orElseThrow(ru.nastavnik.shared.NotFoundException::new);
        try (InputStream in = certificate == null || certificate.isEmpty() ? null : certificate.getInputStream()) {
            CourseView view = courses.record(
                    me, orgId, whose, form.draft(), in, certificate == null ? null : certificate.getOriginalFilename());
            return ResponseEntity.status(HttpStatus.CREATED)
                    .eTag(ETags.of(view.version()))
                    .body(view);
        }
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "Внешний курс")
    ResponseEntity<CourseView> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CourseId id) {
        CourseView view = courses.get(me, orgId, id);
        return ETags.ok(view.version(), view);
    }

    @PutMapping("/courses/{id}")
    @Operation(summary = "Исправить внешний курс (возвращённый снова ждёт подтверждения)")
    ResponseEntity<CourseView> edit(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CourseId id,
            @RequestBody CourseForm body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        CourseView view = courses.edit(me, orgId, id, body.draft(), ETags.parse(ifMatch));
        return ETags.ok(view.version(), view);
    }

    @PostMapping("/courses/{id}/confirm")
    @Operation(summary = "Подтвердить курс: его часы засчитываются наставнику")
    CourseView confirm(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CourseId id) {
        return courses.confirm(me, orgId, id);
    }

    @PostMapping("/courses/{id}/return")
    @Operation(summary = "Вернуть курс на доработку с комментарием (comment)")
    CourseView giveBack(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CourseId id,
            @RequestBody Comment body) {
        return courses.giveBack(me, orgId, id, body.comment());
    }

    @GetMapping("/courses/{id}/certificate")
    @Operation(summary = "Скачать скан удостоверения")
    ResponseEntity<byte[]> certificate(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable CourseId id) {
        return MaterialController.file(courses.certificate(me, orgId, id));
    }

    @GetMapping("/persons/{personId}/training-record")
    @Operation(
            summary =
                    "Сведения об обучении работника: курсы, подтверждённые и ждущие часы, посещённые занятия, пройденные курсы наставника")
    TrainingRecord record(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId) {
        return records.of(me, orgId, personId);
    }

    @GetMapping("/persons/{personId}/training-record/document")
    @Operation(summary = "Сведения о повышении квалификации работника (DOCX)")
    ResponseEntity<byte[]> recordDocument(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId) {
        return MaterialController.file(document.docx(me, orgId, personId));
    }
}
