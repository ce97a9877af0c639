package ru.nastavnik.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
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
import ru.nastavnik.organisation.NewOrganisation;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/organisations")
@Tag(name = "Организации", description = "Дерево: регион → муниципалитет → образовательная организация")
class OrganisationApiController {

    /** The API's section of these operations, and of the holidays' ({@link HolidaysApiController}). */
    static final String TAG = "Организации";

    private final OrganisationManagement organisations;

    OrganisationApiController(OrganisationManagement organisations) {
        this.organisations = organisations;
    }

    @PostMapping
    @Operation(summary = "Создать организацию (системный администратор)")
    ResponseEntity<OrganisationResponse> create(
            @AuthenticationPrincipal NastavnikPrincipal me, @RequestBody NewOrganisation request) {
        OrganisationSummary created = organisations.create(me, request);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id()))
                .body(OrganisationResponse.of(created));
    }

    @GetMapping
    @Operation(summary = "Организации, видимые вызывающему")
    List<OrganisationResponse> list(@AuthenticationPrincipal NastavnikPrincipal me) {
        return organisations.visibleTo(me).stream()
                .map(OrganisationResponse::of)
                .toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Одна организация")
    ResponseEntity<OrganisationResponse> get(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId id) {
        OrganisationSummary organisation = organisations.get(me, id);
        return ETags.ok(organisation.version(), OrganisationResponse.of(organisation));
    }

    @PutMapping("/{id}/requisites")
    @Operation(summary = "Реквизиты организации для документов (адрес, ИНН, ОГРН, сайт, руководитель)")
    ResponseEntity<OrganisationResponse> requisites(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @RequestBody Requisites requisites,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        // the page's form has the head's name in fields of its own; the body nests them in «head»
        OrganisationSummary updated = ru.nastavnik.shared.InvalidInputException.naming(
                java.util.Map.of("headLastName", "head.lastName"),
                () -> organisations.updateRequisites(me, id, requisites, ETags.parse(ifMatch)));
        return ETags.ok(updated.version(), OrganisationResponse.of(updated));
    }

    record TimeZoneBody(String timeZone) {}

    @PutMapping("/{id}/time-zone")
    @Operation(
            summary =
                    "Часовой пояс организации (у территории — и всех организаций под ней), например «Asia/Vladivostok»")
    ResponseEntity<OrganisationResponse> timeZone(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId id,
            @RequestBody TimeZoneBody body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        OrganisationSummary updated =
                organisations.changeTimeZone(me, id, body == null ? null : body.timeZone(), ETags.parse(ifMatch));
        return ETags.ok(updated.version(), OrganisationResponse.of(updated));
    }

    record OrganisationResponse(
            String id,
            String parentId,
            String kind,
            String name,
            String shortName,
            String timeZone,
            Requisites requisites) {

        static OrganisationResponse of(OrganisationSummary o) {
            return new OrganisationResponse(
                    o.id().toString(),
                    o.parentId() == null ? null : o.parentId().toString(),
                    o.kind().name(),
                    o.name(),
                    o.shortName(),
                    o.timeZone(),
                    o.requisites());
        }
    }
}
