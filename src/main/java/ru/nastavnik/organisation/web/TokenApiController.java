package ru.nastavnik.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.organisation.internal.ApiTokenView;
import ru.nastavnik.organisation.internal.ApiTokens;
import ru.nastavnik.shared.security.NastavnikPrincipal;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "API-токены", description = "Персональные токены для заголовка Authorization: Bearer")
class TokenApiController {

    private final ApiTokens tokens;

    TokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    @Operation(summary = "Выпустить токен; сам токен возвращается только в этом ответе")
    ResponseEntity<ApiTokens.IssuedToken> issue(
            @AuthenticationPrincipal NastavnikPrincipal me, @RequestBody TokenRequest request) {
        return ResponseEntity.status(HttpStatus.CREATED).body(tokens.issue(me, request.name(), request.validDays()));
    }

    @GetMapping
    @Operation(summary = "Мои токены (без секретов)")
    List<ApiTokenView> list(@AuthenticationPrincipal NastavnikPrincipal me) {
        return tokens.of(me);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Отозвать токен")
    ResponseEntity<Void> revoke(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable TokenId id) {
        tokens.revoke(me, id.value());
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(String name, Integer validDays) {}
}
