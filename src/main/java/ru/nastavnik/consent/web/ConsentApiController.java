package ru.nastavnik.consent.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.ConsentReads;
import ru.nastavnik.consent.ConsentScans;
import ru.nastavnik.consent.ConsentView;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.consent.internal.ConsentBatches;
import ru.nastavnik.consent.internal.ConsentRetention;
import ru.nastavnik.consent.internal.ConsentSettingsView;
import ru.nastavnik.consent.internal.GiveConsents;
import ru.nastavnik.consent.internal.ScanPart;
import ru.nastavnik.consent.internal.SubjectAccessExport;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Pages;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;
import ru.nastavnik.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}/consents")
@Tag(
        name = "Согласия",
        description = "Согласия на обработку ПДн, на обязанности наставника, на банк, на распространение")
class ConsentApiController {

    private final ConsentManagement consents;
    private final ConsentReads reads;
    private final ConsentRetention retention;
    private final ConsentScans scans;
    private final ConsentBatches batches;
    private final SubjectAccessExport export;
    private final ru.nastavnik.consent.internal.ConsentScopes scopes;

    ConsentApiController(
            ConsentManagement consents,
            ConsentReads reads,
            ConsentRetention retention,
            ConsentScans scans,
            ConsentBatches batches,
            SubjectAccessExport export,
            ru.nastavnik.consent.internal.ConsentScopes scopes) {
        this.scopes = scopes;
        this.consents = consents;
        this.reads = reads;
        this.retention = retention;
        this.scans = scans;
        this.batches = batches;
        this.export = export;
    }

    @GetMapping
    @Operation(summary = "Согласия организации постранично (фильтры: цель, статус, педагог)")
    ApiPage<ConsentView> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @ParameterObject ConsentListQuery query) {
        PageRequest asked = query.asked();
        if (query.ofOnePerson()) {
            return ApiPage.of(Pages.cut(reads.ofPerson(me, orgId, PersonId.of(query.personId())), asked));
        }
        return ApiPage.of(reads.search(me, orgId, query.purpose(), query.status(), asked));
    }

    /** The page form's names of the distribution scope's lists, as the API's body nests them. */
    private static final Map<String, String> IN_SCOPE =
            Map.of("distributionKinds", "scope.kinds", "distributionChannels", "scope.channels");

    @PostMapping
    @Operation(summary = "Отметить согласие полученным (подписанным)")
    ResponseEntity<ConsentView> give(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody GiveConsent command) {
        ConsentView given = InvalidInputException.naming(IN_SCOPE, () -> consents.recordGiven(me, orgId, command));
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + orgId + "/consents/" + given.id()))
                .body(given);
    }

    @PostMapping("/received")
    @Operation(summary = "Отметить полученными сразу несколько выданных бланков (все или ни одного)")
    List<ConsentView> received(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody GiveConsents command) {
        return InvalidInputException.naming(IN_SCOPE, () -> batches.markGiven(me, orgId, command));
    }

    @PostMapping(path = "/scan-parts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Разрезать один многостраничный скан (PDF) по согласиям: каждому — его страницы")
    List<ConsentView> scanParts(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestPart("file") MultipartFile file,
            @RequestPart("parts") List<ScanPart> parts)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return batches.attachScanParts(me, orgId, in, parts);
        }
    }

    @PostMapping("/requests")
    @Operation(summary = "Запросить согласия у педагогов (бланки будут напечатаны)")
    ResponseEntity<List<ConsentView>> request(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody RequestConsents command) {
        if (command.purpose() == null
                || command.personIds() == null
                || command.personIds().isEmpty()) {
            throw InvalidInputException.of("personIds", "consent.personId.required");
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(consents.request(
                        me,
                        orgId,
                        command.personIds().stream().map(PersonId::of).toList(),
                        command.purpose()));
    }

    @GetMapping("/missing")
    @Operation(summary = "Кто ещё не дал действующего согласия с этой целью")
    List<MissingPerson> missing(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam ConsentPurpose purpose) {
        return reads.missing(me, orgId, purpose).stream()
                .map(s -> new MissingPerson(s.id().toString(), s.data().fullName()))
                .toList();
    }

    @PostMapping(path = "/{id}/scan", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Загрузить скан подписанного согласия (PDF, JPEG, PNG)")
    ConsentView scan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ConsentId id,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return consents.attachScan(me, orgId, id, in, file.getOriginalFilename());
        }
    }

    @GetMapping("/{id}/scan")
    @Operation(summary = "Скачать скан согласия")
    void downloadScan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ConsentId id,
            HttpServletResponse response)
            throws IOException {
        var scan = scans.scan(me, orgId, id);
        response.setContentType(scan.info().contentType());
        response.setHeader(
                "Content-Disposition", SafeFileName.attachment(scan.info().originalName()));
        try (InputStream in = scan.content()) {
            in.transferTo(response.getOutputStream());
        }
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "Оформить отзыв согласия: обработка прекращается")
    ConsentView withdraw(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ConsentId id,
            @RequestBody Withdrawal withdrawal) {
        return consents.withdraw(me, orgId, id, withdrawal.withdrawnOn(), withdrawal.reason());
    }

    @org.springframework.web.bind.annotation.PutMapping("/{id}/scope")
    @Operation(summary = "Сузить согласие на распространение: виды материалов и ресурсы (только сужение)")
    ConsentView narrow(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable ConsentId id,
            @RequestBody ru.nastavnik.consent.DistributionScope scope) {
        return InvalidInputException.naming(
                Map.of("distributionKinds", "kinds", "distributionChannels", "channels"),
                () -> scopes.narrow(me, orgId, id, scope));
    }

    @GetMapping("/persons/{personId}/subject-access")
    @Operation(summary = "Все данные о педагоге по его запросу (ст. 14 152-ФЗ): карточка, согласия, журнал обращений")
    ResponseEntity<java.util.Map<String, Object>> subjectAccess(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId personId) {
        java.util.Map<String, Object> data = export.export(me, orgId, personId);
        return ResponseEntity.ok()
                .header("Content-Disposition", SafeFileName.attachment(export.fileName(data)))
                .body(data);
    }

    @GetMapping("/settings")
    @Operation(summary = "Настройки согласий: срок хранения данных после отзыва, дней")
    ResponseEntity<Settings> settings(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return Settings.answer(retention.settings(me, orgId));
    }

    @org.springframework.web.bind.annotation.PutMapping("/settings")
    @Operation(summary = "Изменить срок хранения данных после отзыва согласия (0–3650 дней)")
    ResponseEntity<Settings> settings(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Settings settings,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        if (settings.retentionDays() == null) {
            throw InvalidInputException.of("retentionDays", "consent.retentionDays.range");
        }
        return Settings.answer(retention.retentionDays(me, orgId, settings.retentionDays(), ETags.parse(ifMatch)));
    }

    record Settings(Integer retentionDays) {

        static ResponseEntity<Settings> answer(ConsentSettingsView view) {
            return ETags.ok(view.version(), new Settings(view.retentionDays()));
        }
    }

    record RequestConsents(ConsentPurpose purpose, List<String> personIds) {}

    record Withdrawal(LocalDate withdrawnOn, String reason) {}

    record MissingPerson(String id, String fullName) {}
}
