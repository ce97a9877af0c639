package ru.nastavnik.publishing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The public section's settings for the keepers' scripts: the same keepers and tenant check as the settings page
 * (anyone else 404). A value that is not true or false, or a setting before the section has an address, is a 422
 * naming the field, and nothing is changed.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}/public-section-settings")
@Tag(name = "Публичный раздел «Наставничество»")
class PublicSectionSettingsApiController {

    private final PublicSites sites;

    PublicSectionSettingsApiController(PublicSites sites) {
        this.sites = sites;
    }

    /** {@code slug}: the section's address (null: none chosen yet). */
    record Settings(String slug, boolean showOverdue) {}

    /** {@code showOverdue}: true or false (anything else, or none, is a 422). */
    record Change(
            @Schema(type = "boolean", requiredMode = Schema.RequiredMode.REQUIRED)
            Object showOverdue) {}

    @GetMapping
    @Operation(
            operationId = "publicSectionSettingsGet",
            summary = "Настройки публичного раздела: адрес и показ отметки о просрочке на дорожной карте")
    Settings settings(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return new Settings(
                sites.slugOf(me, orgId).orElse(null),
                sites.showsOverdue(me, orgId).orElse(false));
    }

    @PutMapping
    @Operation(
            operationId = "publicSectionSettingsPut",
            summary = "Показывать ли отметку о просрочке на публичной дорожной карте (true/false; иначе 422)")
    Settings change(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody(required = false) Change body) {
        sites.showOverdue(me, orgId, OverdueSetting.of(body == null ? null : body.showOverdue()));
        return settings(me, orgId);
    }
}
