package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.internal.EmployerPairs;
import ru.nastavnik.mentorship.internal.NewMentorship;
import ru.nastavnik.mentorship.internal.PairDocuments;
import ru.nastavnik.mentorship.internal.PairManagement;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;

/**
 * Pairs and groups and the pair's documents. Ids are checked against {orgId}. Approving proposals:
 * {@link ProposalApiController}; support of the unmatched: {@link WaitingApiController}.
 */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Наставнические пары и приказы")
class MentorshipApiController {

    private final PairManagement mentorships;
    private final PairDocuments documents;
    private final EmployerPairs employerPairs;

    MentorshipApiController(PairManagement mentorships, PairDocuments documents, EmployerPairs employerPairs) {
        this.mentorships = mentorships;
        this.documents = documents;
        this.employerPairs = employerPairs;
    }

    record NewPair(List<String> mentorIds, List<String> menteeIds, String form, LocalDate startsOn, LocalDate endsOn) {}

    /** The pairing rules name the page form's fields; the body's are these (a 422 names the field the client sent). */
    private static final Map<String, String> BODY_FIELDS = Map.of("mentors", "mentorIds", "mentees", "menteeIds");

    record Termination(EndInitiator initiator, LocalDate noticeOn, LocalDate effectiveOn, String reason) {}

    @GetMapping("/mentorships")
    @Operation(summary = "Наставнические пары и группы организации постранично (поиск по ФИО участника)")
    ApiPage<MentorshipView> list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = ApiPage.NAME) @RequestParam(required = false) String q,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(mentorships.list(me, orgId, q, ApiPage.asked(page, size)));
    }

    @PostMapping("/mentorships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Сформировать пару или группу вручную")
    MentorshipView create(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewPair p) {
        return InvalidInputException.naming(
                BODY_FIELDS,
                () -> mentorships.create(
                        me,
                        orgId,
                        new NewMentorship(
                                PairController.ids(p.mentorIds()),
                                PairController.ids(p.menteeIds()),
                                p.form(),
                                p.startsOn(),
                                p.endsOn(),
                                null)));
    }

    @GetMapping("/mentorships/{id}")
    @Operation(summary = "Одна пара или группа")
    MentorshipView get(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id) {
        return owned(me, orgId, id);
    }

    @PostMapping("/mentorships/{id}/{action:pause|resume|complete}")
    @Operation(summary = "Приостановить, возобновить или завершить пару")
    MentorshipView change(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id,
            @PathVariable String action) {
        MentorshipId pair = owned(me, orgId, id).id();
        return switch (action) {
            case "pause" -> mentorships.pause(me, pair);
            case "resume" -> mentorships.resume(me, pair);
            default -> mentorships.complete(me, pair);
        };
    }

    @PostMapping("/mentorships/{id}/terminate")
    @Operation(
            summary = "Досрочно прекратить: наставник — в любой день, работодатель — не раньше чем через 3 рабочих дня")
    MentorshipView terminate(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id,
            @RequestBody Termination t) {
        return mentorships.terminate(
                me, owned(me, orgId, id).id(), t.initiator(), t.noticeOn(), t.effectiveOn(), t.reason());
    }

    @PostMapping("/mentorships/{id}/terminate/cancel")
    @Operation(summary = "Отменить досрочное прекращение, назначенное на будущую дату")
    MentorshipView cancelTermination(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id) {
        return mentorships.cancelTermination(me, owned(me, orgId, id).id());
    }

    @GetMapping("/mentorships/elsewhere")
    @Operation(summary = "Пары других школ, в которых работают наставники этой школы (из общего банка)")
    List<MentorshipView> elsewhere(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return employerPairs.servedElsewhere(me, orgId);
    }

    @GetMapping("/mentorships/{id}/agreement")
    @Operation(summary = "Дополнительное соглашение наставника (DOCX)")
    ResponseEntity<byte[]> agreement(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        return Downloads.docx(documents.agreement(me, orgId, id, mentor));
    }

    @GetMapping("/mentorships/{id}/duties-consent")
    @Operation(summary = "Согласие наставника на наставничество в этой паре (группе), заполненное (DOCX)")
    ResponseEntity<byte[]> dutiesConsent(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        var file = documents.dutiesConsent(me, orgId, id, mentor);
        return Downloads.file(file.content(), file.name(), file.contentType());
    }

    @GetMapping("/mentorships/{id}/agreement.pdf")
    @Operation(summary = "Дополнительное соглашение наставника (PDF)")
    ResponseEntity<byte[]> agreementPdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        return Downloads.pdf(documents.agreement(me, orgId, id, mentor).toPdf());
    }

    @GetMapping("/mentorships/{id}/duties-consent.pdf")
    @Operation(summary = "Согласие наставника на наставничество в этой паре (группе), заполненное (PDF)")
    ResponseEntity<byte[]> dutiesConsentPdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id,
            @RequestParam PersonId mentor) {
        return Downloads.pdf(documents.dutiesConsent(me, orgId, id, mentor));
    }

    private MentorshipView owned(NastavnikPrincipal me, OrganisationId orgId, MentorshipId id) {
        MentorshipView view = mentorships.get(me, id);
        if (!view.organisationId().equals(orgId)) {
            throw new NotFoundException();
        }
        return view;
    }
}
