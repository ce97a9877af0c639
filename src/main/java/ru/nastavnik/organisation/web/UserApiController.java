package ru.nastavnik.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.organisation.NewUser;
import ru.nastavnik.organisation.UserManagement;
import ru.nastavnik.organisation.UserSummary;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.UserId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;

@RestController
@RequestMapping("/api/v1/users")
@Tag(name = "Пользователи")
class UserApiController {

    static final String LOGIN = "Поиск по ФИО или логину: часть, без учёта регистра";

    private final UserManagement users;

    UserApiController(UserManagement users) {
        this.users = users;
    }

    @PostMapping
    @Operation(summary = "Создать пользователя с ролями в организациях")
    ResponseEntity<UserResponse> create(@AuthenticationPrincipal NastavnikPrincipal me, @RequestBody NewUser request) {
        UserSummary created = users.create(me, request);
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.id()))
                .body(UserResponse.of(created));
    }

    @GetMapping
    @Operation(summary = "Пользователи организации постранично (поиск по ФИО или логину)")
    ApiPage<UserResponse> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisationId,
            @ParameterObject UserListQuery query) {
        return ApiPage.of(users.inOrganisation(me, organisationId, query.q(), query.asked()))
                .map(UserResponse::of);
    }

    @PostMapping("/{id}/block")
    @Operation(
            summary = "Заблокировать учётную запись: её сеансы завершаются, токены перестают действовать "
                    + "(revokeTokens: true — отзываются навсегда)")
    ResponseEntity<Void> block(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable UserId id,
            @RequestBody(required = false) BlockRequest request) {
        users.block(me, id, request != null && Boolean.TRUE.equals(request.revokeTokens()));
        return ResponseEntity.noContent().build();
    }

    record NewPassword(String password) {}

    @PostMapping("/{id}/password-reset")
    @Operation(
            summary =
                    "Выдать новый пароль (забытый): ответ содержит его один раз; все сеансы учётной записи завершаются")
    NewPassword resetPassword(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable UserId id) {
        return new NewPassword(users.resetPassword(me, id));
    }

    @PostMapping("/{id}/unblock")
    @Operation(summary = "Разблокировать учётную запись")
    ResponseEntity<Void> unblock(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable UserId id) {
        users.unblock(me, id);
        return ResponseEntity.noContent().build();
    }

    record BlockRequest(Boolean revokeTokens) {}

    record UserResponse(String id, String username, String fullName, List<RoleResponse> roles) {

        static UserResponse of(UserSummary u) {
            return new UserResponse(
                    u.id().toString(),
                    u.username(),
                    u.fullName(),
                    u.roles().stream()
                            .map(g -> new RoleResponse(
                                    g.role().name(),
                                    g.organisation() == null
                                            ? null
                                            : g.organisation().toString()))
                            .sorted(java.util.Comparator.comparing(RoleResponse::role))
                            .toList());
        }
    }

    record RoleResponse(String role, String organisationId) {}
}
