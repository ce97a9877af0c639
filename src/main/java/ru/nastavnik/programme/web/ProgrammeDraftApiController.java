package ru.nastavnik.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.internal.ActivityRole;
import ru.nastavnik.programme.internal.PlanItem;
import ru.nastavnik.programme.internal.ProgrammeDrafts;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ETags;

/** Writing a draft programme through the API: the pair's mentor and the curator. */
@RestController
@Tag(name = "Программы наставничества (ПНП)")
class ProgrammeDraftApiController {

    private final ProgrammeDrafts drafts;

    ProgrammeDraftApiController(ProgrammeDrafts drafts) {
        this.drafts = drafts;
    }

    record Details(String title, String goal, String tasks) {}

    record Item(
            String need,
            String title,
            String form,
            LocalDate dueOn,
            ActivityRole responsible,
            String expectedResult,
            String reportForm) {

        PlanItem plan() {
            return new PlanItem(need, title, form, dueOn, responsible, expectedResult, reportForm);
        }
    }

    @PutMapping("/api/v1/programmes/{id}")
    @Operation(summary = "Изменить название, цель и задачи проекта программы (наставник пары или куратор)")
    ResponseEntity<ProgrammeView> describe(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestBody Details d,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        return answer(drafts.describe(me, id.value(), ETags.parse(ifMatch), d.title(), d.goal(), d.tasks()));
    }

    @PostMapping("/api/v1/programmes/{id}/activities")
    @Operation(summary = "Добавить мероприятие в проект программы (наставник пары или куратор)")
    ResponseEntity<ProgrammeView> add(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, @RequestBody Item i) {
        return answer(drafts.addActivity(me, id.value(), i.plan()));
    }

    @PutMapping("/api/v1/programmes/{id}/activities/{activity}")
    @Operation(summary = "Изменить мероприятие проекта программы (наставник пары или куратор)")
    ResponseEntity<ProgrammeView> revise(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity,
            @RequestBody Item i,
            @Parameter(description = ETags.IF_MATCH) @RequestHeader(name = "If-Match", required = false)
                    String ifMatch) {
        return answer(drafts.reviseActivity(me, id.value(), activity.value(), ETags.parse(ifMatch), i.plan()));
    }

    @DeleteMapping("/api/v1/programmes/{id}/activities/{activity}")
    @Operation(summary = "Удалить мероприятие из проекта программы (наставник пары или куратор)")
    ResponseEntity<ProgrammeView> remove(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity) {
        return answer(drafts.removeActivity(me, id.value(), activity.value()));
    }

    /** Every change of the draft is a new version of the programme: the answer carries it for the next If-Match. */
    private static ResponseEntity<ProgrammeView> answer(ProgrammeView changed) {
        return ETags.ok(changed.version(), changed);
    }
}
