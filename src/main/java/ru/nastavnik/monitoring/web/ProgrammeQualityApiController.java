package ru.nastavnik.monitoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.monitoring.internal.CheckInView;
import ru.nastavnik.monitoring.internal.CuratorAnswers;
import ru.nastavnik.monitoring.internal.ProgrammeQuality;
import ru.nastavnik.monitoring.internal.ProgrammeQualityView;
import ru.nastavnik.monitoring.internal.Swot;
import ru.nastavnik.monitoring.internal.SwotSources;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.programme.ProgrammeStatus;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A programme's process quality (stage 1 of its monitoring) for scripts: the mid-point check-ins the caller may see,
 * and for the curator (and the director) her questionnaire, her SWOT worksheet and the answers pre-sorted for it —
 * the same rules as the page (a participant sees her own check-in; anybody outside the school's programme: 404).
 */
@RestController
@Tag(name = "Мониторинг")
class ProgrammeQualityApiController {

    private final ProgrammeQuality quality;

    ProgrammeQualityApiController(ProgrammeQuality quality) {
        this.quality = quality;
    }

    /** {@code answers}, {@code swot}, {@code swotSources}: the curator's only, null for anybody else or not yet filled. */
    record StageOneQuality(
            UUID programmeId,
            OrganisationId organisationId,
            String title,
            ProgrammeStatus status,
            LocalDate midPoint,
            LocalDate checkInOpensOn,
            List<QualityCheckIn> checkIns,
            CuratorAnswers answers,
            Swot swot,
            SwotSourcesBody swotSources) {}

    record QualityCheckIn(
            PersonId personId,
            String name,
            String role,
            int meetingsHeld,
            String progress,
            String difficulties,
            int satisfaction,
            LocalDate submittedOn) {}

    record SwotSourcesBody(
            List<SwotItem> strengths,
            List<SwotItem> weaknesses,
            List<SwotItem> opportunities,
            List<SwotItem> threats) {}

    /** {@code kind}: progress, difficulties, checkinSatisfaction, score, comment, noMeetings, missed. */
    record SwotItem(String kind, String role, String text) {}

    @GetMapping("/api/v1/programmes/{id}/quality")
    @Operation(
            summary =
                    "Качество процесса наставничества (этап 1 мониторинга программы): промежуточные срезы, анкета "
                            + "куратора, SWOT-анализ и ответы, разложенные для него (куратор, директор; участник пары — свой срез)")
    StageOneQuality programmeQuality(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        return body(quality.view(me, id.value()));
    }

    @PutMapping("/api/v1/programmes/{id}/quality/curator-answers")
    @Operation(
            summary = "Анкета куратора по программе: следование плану, взаимодействие пары, достаточность "
                    + "поддержки (1–5), выводы (куратор, директор)")
    StageOneQuality answer(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestBody CuratorAnswers body) {
        quality.answer(me, id.value(), body);
        return body(quality.view(me, id.value()));
    }

    @PutMapping("/api/v1/programmes/{id}/quality/swot")
    @Operation(summary = "SWOT-анализ программы: сильные и слабые стороны, возможности, угрозы (куратор, директор)")
    StageOneQuality swot(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, @RequestBody Swot body) {
        quality.fill(me, id.value(), body);
        return body(quality.view(me, id.value()));
    }

    private static StageOneQuality body(ProgrammeQualityView v) {
        return new StageOneQuality(
                v.programmeId(),
                v.organisationId(),
                v.title(),
                v.status(),
                v.midPoint(),
                v.opensOn(),
                v.checkIns().stream()
                        .map(ProgrammeQualityApiController::checkIn)
                        .toList(),
                v.answers(),
                v.swot(),
                v.sources() == null
                        ? null
                        : new SwotSourcesBody(
                                items(v.sources().strengths()),
                                items(v.sources().weaknesses()),
                                items(v.sources().opportunities()),
                                items(v.sources().threats())));
    }

    private static QualityCheckIn checkIn(CheckInView c) {
        return new QualityCheckIn(
                c.person(),
                c.name(),
                role(c.mentor()),
                c.meetingsHeld(),
                c.progress(),
                c.difficulties(),
                c.satisfaction(),
                c.submittedOn());
    }

    private static List<SwotItem> items(List<SwotSources.Item> items) {
        return items.stream()
                .map(i -> new SwotItem(i.kind(), role(i.mentor()), i.text()))
                .toList();
    }

    private static String role(boolean mentor) {
        return mentor ? "MENTOR" : "MENTEE";
    }
}
