package ru.nastavnik.programme.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.practices.PracticeDescription;
import ru.nastavnik.practices.PracticeView;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeDocument;
import ru.nastavnik.programme.ProgrammeId;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.internal.Cabinet;
import ru.nastavnik.programme.internal.PracticeDraft;
import ru.nastavnik.programme.internal.ProgrammeManagement;
import ru.nastavnik.programme.internal.ProgrammePractices;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;
import ru.nastavnik.shared.web.ETags;

/** Programmes: drafted, listed, read, printed, approved, completed, proposed as a practice. The pair's work in them: {@link ProgrammeWorkApiController}. */
@RestController
@Tag(name = "Программы наставничества (ПНП)")
class ProgrammeApiController {

    /** A programme's title names its pair («… Ивановой М. П.»): the natural search. */
    private static final String TITLE = "Поиск по названию программы (в нём ФИО участников пары)";

    private final ProgrammeManagement programmes;
    private final ProgrammeDocument programmeDocument;
    private final ProgrammePractices practices;
    private final Cabinet cabinet;

    ProgrammeApiController(
            ProgrammeManagement programmes,
            ProgrammeDocument programmeDocument,
            ProgrammePractices practices,
            Cabinet cabinet) {
        this.programmes = programmes;
        this.programmeDocument = programmeDocument;
        this.practices = practices;
        this.cabinet = cabinet;
    }

    /** The sections beyond the title and summary may be left out: they are written later on the practice's card. */
    record Proposal(
            String title,
            String summary,
            String problem,
            String goals,
            String content,
            String results,
            String materials) {

        PracticeDescription description() {
            return new PracticeDescription(title, summary, problem, goals, content, results, materials);
        }
    }

    record Completion(Boolean confirmed, String reason) {}

    @GetMapping("/api/v1/organisations/{orgId}/programmes")
    @Operation(summary = "Программы организации с долей выполненного и просроченным, постранично")
    ApiPage<ProgrammeView> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = TITLE) @RequestParam(required = false) String q,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(programmes.list(me, orgId, q, ApiPage.asked(page, size)));
    }

    @PostMapping("/api/v1/mentorships/{id}/programme")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Составить проект программы по шаблону категории наставляемого, из его запросов")
    ProgrammeView create(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable MentorshipId id) {
        return programmes.create(me, id);
    }

    @GetMapping("/api/v1/me/programmes")
    @Operation(
            summary =
                    "Мои программы (наставника или наставляемого): с просроченным и с тем, что предстоит в ближайшие 7 дней (dueSoon)")
    List<ProgrammeView> mine(@AuthenticationPrincipal NastavnikPrincipal me) {
        return cabinet.programmesShown(me);
    }

    @GetMapping("/api/v1/programmes/{id}")
    @Operation(summary = "Карточка программы: мероприятия, встречи, комментарии, оценки")
    ResponseEntity<ProgrammeCard> card(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        ProgrammeCard card = programmes.card(me, id.value());
        return ETags.ok(card.programme().version(), card);
    }

    @GetMapping("/api/v1/programmes/{id}/document")
    @Operation(summary = "Документ программы (DOCX)")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        return Downloads.docx(programmeDocument.docx(me, id.value()));
    }

    @GetMapping("/api/v1/programmes/{id}/practice")
    @Operation(
            summary =
                    "Предложение программы как лучшей практики: заготовка названия, описания и разделов или поданное предложение")
    PracticeDraft practice(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        return practices.draft(me, id.value());
    }

    @PostMapping("/api/v1/programmes/{id}/practice")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Предложить завершённую программу как лучшую практику (один раз): наставник, наставляемый или куратор")
    PracticeView propose(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id, @RequestBody Proposal p) {
        return practices.propose(me, id.value(), p.description());
    }

    @GetMapping("/api/v1/programmes/{id}/document.pdf")
    @Operation(summary = "Документ программы в PDF")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        return Downloads.pdf(programmeDocument.pdf(me, id.value()));
    }

    @PostMapping("/api/v1/programmes/{id}/approve")
    @Operation(summary = "Утвердить проект программы")
    ProgrammeView approve(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable ProgrammeId id) {
        return programmes.approve(me, id.value());
    }

    @PostMapping("/api/v1/programmes/{id}/complete")
    @Operation(
            summary = "Завершить программу (нужны обе итоговые оценки); пара завершается. До плановой даты окончания "
                    + "или с невыполненными мероприятиями — только с подтверждением (confirmed) и причиной (reason)")
    ProgrammeView complete(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable ProgrammeId id,
            @RequestBody(required = false) Completion c) {
        return programmes.complete(
                me, id.value(), c != null && Boolean.TRUE.equals(c.confirmed()), c == null ? null : c.reason());
    }
}
