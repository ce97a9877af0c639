package ru.nastavnik.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffData;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.people.StaffView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;
import ru.nastavnik.shared.web.ETags;

@RestController
@RequestMapping("/api/v1/organisations/{orgId}/staff")
@Tag(name = "Педагогические работники", description = "Реестр педагогов организации")
class StaffApiController {

    private final StaffManagement staff;
    private final StaffAccounts accounts;

    StaffApiController(StaffManagement staff, StaffAccounts accounts) {
        this.staff = staff;
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Список педагогов с поиском и постраничным выводом")
    ApiPage<StaffResponse> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @ParameterObject StaffListQuery query) {
        return ApiPage.of(staff.search(me, orgId, query.query())).map(StaffResponse::of);
    }

    @PostMapping
    @Operation(summary = "Добавить педагога")
    ResponseEntity<StaffResponse> create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody StaffData data) {
        StaffView created = staff.create(me, orgId, data);
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + orgId + "/staff/" + created.id()))
                .body(StaffResponse.of(created));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Карточка педагога (обращение записывается в журнал аудита)")
    ResponseEntity<StaffResponse> get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId id) {
        StaffView view = staff.get(me, orgId, id);
        return ETags.ok(view.version(), StaffResponse.of(view));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Изменить карточку педагога")
    ResponseEntity<StaffResponse> update(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId id,
            @RequestBody StaffData data,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        StaffView updated = staff.update(me, orgId, id, data, ETags.parse(ifMatch));
        return ETags.ok(updated.version(), StaffResponse.of(updated));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Перевести педагога в архив (запись не удаляется)")
    StaffResponse archive(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId id) {
        return StaffResponse.of(staff.archive(me, orgId, id));
    }

    @PutMapping("/{id}/account")
    @Operation(
            summary =
                    "Привязать к записи учётную запись педагога (логин пользователя этой организации); пустой — отвязать")
    StaffResponse account(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable PersonId id,
            @RequestBody AccountLink link) {
        return StaffResponse.of(accounts.link(me, orgId, id, link.username(), Boolean.TRUE.equals(link.despiteName())));
    }

    /** {@code despiteName}: link although the account's name is not the record's (otherwise 422 says so). */
    record AccountLink(String username, Boolean despiteName) {}
}
