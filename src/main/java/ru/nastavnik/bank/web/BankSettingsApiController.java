package ru.nastavnik.bank.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
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
import ru.nastavnik.bank.BankCapacities;
import ru.nastavnik.bank.BankFilter;
import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.bank.MentorView;
import ru.nastavnik.bank.TopicView;
import ru.nastavnik.bank.Vocabulary;
import ru.nastavnik.bank.internal.SharedBank;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/** A school's vocabulary of needs and competences and its mentors' capacity limits; the area's shared bank. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = BankApiController.TAG)
class BankSettingsApiController {

    private final BankCapacities capacities;
    private final SharedBank shared;
    private final Vocabulary vocabulary;

    BankSettingsApiController(BankCapacities capacities, SharedBank shared, Vocabulary vocabulary) {
        this.capacities = capacities;
        this.shared = shared;
        this.vocabulary = vocabulary;
    }

    @GetMapping("/topics")
    @Operation(operationId = "bankTopics", summary = "Словарь профессиональных запросов и компетенций организации")
    List<TopicView> topics(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return vocabulary.list(me, orgId);
    }

    @PostMapping("/topics")
    @Operation(
            operationId = "bankAddTopic",
            summary = "Добавить запрос/компетенцию в словарь организации или территории")
    TopicView addTopic(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Map<String, String> body) {
        return vocabulary.add(me, orgId, body.get("title"));
    }

    @GetMapping("/bank-settings")
    @Operation(operationId = "bankSettingsGet", summary = "Нагрузка наставника: по умолчанию и наибольшая")
    ResponseEntity<Map<String, Integer>> settings(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return answer(capacities.capacityLimits(me, orgId));
    }

    @PutMapping("/bank-settings")
    @Operation(
            operationId = "bankSettingsPut",
            summary = "Изменить нагрузку наставника по умолчанию и наибольшую (1–20)")
    ResponseEntity<Map<String, Integer>> settings(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody Map<String, Integer> body,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        Integer defaultCapacity = body.get("defaultCapacity");
        Integer maxCapacity = body.get("maxCapacity");
        if (defaultCapacity == null || maxCapacity == null) {
            throw InvalidInputException.of("defaultCapacity", "bank.settings.range");
        }
        return answer(capacities.capacityLimits(me, orgId, defaultCapacity, maxCapacity, ETags.parse(ifMatch)));
    }

    private static ResponseEntity<Map<String, Integer>> answer(BankSettingsView limits) {
        return ETags.ok(
                limits.version(),
                Map.of("defaultCapacity", limits.defaultCapacity(), "maxCapacity", limits.maxCapacity()));
    }

    @GetMapping("/shared-mentors")
    @Operation(
            operationId = "bankSharedMentors",
            summary = "Общий банк: наставники школ территории, давшие согласие (для методистов)")
    List<MentorView> sharedMentors(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) String competence,
            @RequestParam(required = false) String subject) {
        return shared.mentors(me, orgId, new BankFilter(competence, subject, null, null, null, null, false));
    }

    @GetMapping("/needs-summary")
    @Operation(
            operationId = "bankNeeds",
            summary = "Какие профессиональные дефициты чаще всего встречаются в школах территории (только числа)")
    Map<String, Long> needs(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return shared.needs(me, orgId);
    }
}
