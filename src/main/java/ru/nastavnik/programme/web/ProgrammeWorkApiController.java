package ru.nastavnik.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.internal.CommentView;
import ru.nastavnik.programme.internal.EvidenceView;
import ru.nastavnik.programme.internal.MeetingView;
import ru.nastavnik.programme.internal.ProgrammeWork;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The pair's work in its programme: activities done with evidence, meetings, comments, the evaluations. */
@RestController
@Tag(name = "Программы наставничества (ПНП)")
class ProgrammeWorkApiController {

    private final ProgrammeWork programmes;

    ProgrammeWorkApiController(ProgrammeWork programmes) {
        this.programmes = programmes;
    }

    record Done(Boolean done, String note) {}

    record NewMeeting(LocalDate heldOn, String topic, String outcome) {}

    record Text(String text) {}

    @PostMapping("/api/v1/programmes/{id}/activities/{activity}/done")
    @Operation(summary = "Отметить мероприятие выполненным или снять отметку (с примечанием)")
    ProgrammeView done(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity,
            @RequestBody Done d) {
        return programmes.markDone(me, id.value(), activity.value(), !Boolean.FALSE.equals(d.done()), d.note());
    }

    @PostMapping("/api/v1/programmes/{id}/activities/{activity}/evidence")
    @Operation(summary = "Подтверждение выполнения: файл (multipart file) или ссылка (url), и название (title)")
    EvidenceView evidence(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @PathVariable ActivityId activity,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String url,
            @RequestParam(required = false) MultipartFile file)
            throws IOException {
        boolean none = file == null || file.isEmpty();
        return programmes.addEvidence(
                me,
                id.value(),
                activity.value(),
                title,
                url,
                none ? null : file.getInputStream(),
                none ? null : file.getOriginalFilename());
    }

    @PostMapping("/api/v1/programmes/{id}/meetings")
    @Operation(summary = "Записать встречу наставника и наставляемого (дата, тема, итог)")
    MeetingView meeting(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, @RequestBody NewMeeting m) {
        return programmes.logMeeting(me, id.value(), m.heldOn(), m.topic(), m.outcome());
    }

    @PostMapping("/api/v1/programmes/{id}/comments")
    @Operation(summary = "Оставить комментарий к программе")
    CommentView comment(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, @RequestBody Text t) {
        return programmes.comment(me, id.value(), t.text());
    }

    @PostMapping("/api/v1/programmes/{id}/evaluation")
    @Operation(summary = "Итоговая оценка программы (наставника или наставляемого)")
    ProgrammeView evaluate(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, @RequestBody Text t) {
        return programmes.evaluate(me, id.value(), t.text());
    }
}
