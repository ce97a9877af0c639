package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.internal.MonitoringSettings;
import ru.nastavnik.monitoring.internal.MonitoringSettingsManagement;
import ru.nastavnik.monitoring.internal.MonitoringSettingsView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/** The monitoring settings in force for an organisation, and its own level's change of them (If-Match). */
@RestController
@Tag(name = "Мониторинг")
class MonitoringSettingsApiController {

    private final MonitoringSettingsManagement settings;

    MonitoringSettingsApiController(MonitoringSettingsManagement settings) {
        this.settings = settings;
    }

    /** {@code source}: OWN, INHERITED (from {@code sourceOrganisation}) or DEFAULTS. */
    record Body(
            Integer youngMaxAge,
            Integer youngMaxTeachingYears,
            Integer quietDays,
            Integer escalationDays,
            String source,
            OrganisationId sourceOrganisation) {}

    @GetMapping("/api/v1/organisations/{orgId}/monitoring-settings")
    @Operation(
            summary = "Настройки мониторинга: кто считается молодым педагогом, дни без встреч, дни до эскалации "
                    + "(свои или унаследованные от муниципалитета, региона, по умолчанию)")
    ResponseEntity<Body> get(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return answer(settings.view(me, orgId));
    }

    @PutMapping("/api/v1/organisations/{orgId}/monitoring-settings")
    @Operation(
            summary = "Задать свои настройки мониторинга (школа — директор и куратор; муниципалитет и регион — "
                    + "их методисты)")
    ResponseEntity<Body> put(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Body body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        MonitoringSettings values = MonitoringSettings.of(
                body.youngMaxAge(), body.youngMaxTeachingYears(), body.quietDays(), body.escalationDays());
        return answer(settings.change(me, orgId, values, ETags.parse(ifMatch)));
    }

    private static ResponseEntity<Body> answer(MonitoringSettingsView view) {
        MonitoringSettings s = view.settings();
        String source = view.defaults() ? "DEFAULTS" : view.own() ? "OWN" : "INHERITED";
        return ETags.ok(
                view.version(),
                new Body(
                        s.youngMaxAge(),
                        s.youngMaxTeachingYears(),
                        s.quietDays(),
                        s.escalationDays(),
                        source,
                        view.source()));
    }
}
