package ru.nastavnik.mentorship.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import ru.nastavnik.mentorship.EndInitiator;
import ru.nastavnik.mentorship.EmployerPairs;
import ru.nastavnik.mentorship.MentorshipDocuments;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.Mentorships;
import ru.nastavnik.mentorship.NewMentorship;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.RegulationOrders;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.ProposalApproval;
import ru.nastavnik.mentorship.SupportKind;
import ru.nastavnik.mentorship.WaitingMentees;
import ru.nastavnik.mentorship.WaitingView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;

/** Pairs and groups, approving proposals, the order register and the documents. Ids are checked against {orgId}. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Наставнические пары и приказы")
class MentorshipApiController {

    private final Mentorships mentorships;
    private final ProposalApproval approval;
    private final OrderRegister orders;
    private final RegulationOrders regulations;
    private final MentorshipDocuments documents;
    private final WaitingMentees waiting;

    private final EmployerPairs employerPairs;

    private final ru.nastavnik.mentorship.GratitudeLetters gratitude;

    MentorshipApiController(Mentorships mentorships, ProposalApproval approval, OrderRegister orders,
            RegulationOrders regulations, MentorshipDocuments documents, WaitingMentees waiting, EmployerPairs employerPairs,
            ru.nastavnik.mentorship.GratitudeLetters gratitude) {
        this.gratitude = gratitude;
        this.regulations = regulations;
        this.employerPairs = employerPairs;
        this.waiting = waiting;
        this.mentorships = mentorships;
        this.approval = approval;
        this.orders = orders;
        this.documents = documents;
    }

    record NewPair(List<String> mentorIds, List<String> menteeIds, String form, LocalDate startsOn, LocalDate endsOn) {
    }

    record Approval(List<String> proposalIds, String form, LocalDate startsOn, LocalDate endsOn) {
    }

    record Termination(EndInitiator initiator, LocalDate noticeOn, LocalDate effectiveOn, String reason) {
    }

    record NewOrder(List<String> mentorshipIds) {
    }

    record NewSupport(String personId, SupportKind kind, String note) {
    }

    @GetMapping("/waiting-mentees")
    @Operation(summary = "Наставляемые без пары постранично: сопровождение и найденные постоянным поиском наставники")
    ApiPage<WaitingView> waiting(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @Parameter(description = ApiPage.NAME) @RequestParam(required = false) String q,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(waiting.list(me, orgId, q, ApiPage.asked(page, size)));
    }

    @PostMapping("/supports")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Назначить сопровождение наставляемому без пары (PSYCHOLOGICAL, CONSULTATION, GROUP, OTHER)")
    void support(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @RequestBody NewSupport s) {
        waiting.assignSupport(me, orgId, PersonId.of(s.personId()), s.kind(), s.note());
    }

    @PostMapping("/supports/{id}/end")
    @Operation(summary = "Завершить сопровождение наставляемого без пары")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void endSupport(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable String id) {
        waiting.endSupport(me, orgId, Ids.parse(id));
    }

    @PostMapping("/notices/{id}/seen")
    @Operation(summary = "Отметить уведомление прочитанным")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void seen(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable String id) {
        waiting.seen(me, orgId, Ids.parse(id));
    }

    @GetMapping("/mentorships")
    @Operation(summary = "Наставнические пары и группы организации постранично (поиск по ФИО участника)")
    ApiPage<MentorshipView> list(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @Parameter(description = ApiPage.NAME) @RequestParam(required = false) String q,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(mentorships.list(me, orgId, q, ApiPage.asked(page, size)));
    }

    @PostMapping("/mentorships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Сформировать пару или группу вручную")
    MentorshipView create(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @RequestBody NewPair p) {
        return mentorships.create(me, orgId, new NewMentorship(PairController.ids(p.mentorIds()),
                PairController.ids(p.menteeIds()), p.form(), p.startsOn(), p.endsOn(), null));
    }

    @PostMapping("/proposals/approve")
    @Operation(summary = "Утвердить предложения подбора: пары формируются все или ни одной")
    List<MentorshipView> approve(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @RequestBody Approval a) {
        try {
            return approval.approve(me, orgId,
                    a.proposalIds() == null ? List.of() : a.proposalIds().stream().map(Ids::parse).toList(),
                    a.form(), a.startsOn(), a.endsOn());
        } catch (ProposalApproval.Refused e) {
            throw e.reason();
        }
    }

    @GetMapping("/mentorships/{id}")
    @Operation(summary = "Одна пара или группа")
    MentorshipView get(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable MentorshipId id) {
        return owned(me, orgId, id);
    }

    @PostMapping("/mentorships/{id}/{action:pause|resume|complete}")
    @Operation(summary = "Приостановить, возобновить или завершить пару")
    MentorshipView change(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable MentorshipId id,
            @PathVariable String action) {
        MentorshipId pair = owned(me, orgId, id).id();
        return switch (action) {
            case "pause" -> mentorships.pause(me, pair);
            case "resume" -> mentorships.resume(me, pair);
            default -> mentorships.complete(me, pair);
        };
    }

    @PostMapping("/mentorships/{id}/terminate")
    @Operation(summary = "Досрочно прекратить: наставник — в любой день, работодатель — не раньше чем через 3 рабочих дня")
    MentorshipView terminate(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id, @RequestBody Termination t) {
        return mentorships.terminate(me, owned(me, orgId, id).id(), t.initiator(), t.noticeOn(), t.effectiveOn(), t.reason());
    }

    @PostMapping("/mentorships/{id}/terminate/cancel")
    @Operation(summary = "Отменить досрочное прекращение, назначенное на будущую дату")
    MentorshipView cancelTermination(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
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
    ResponseEntity<byte[]> agreement(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id, @RequestParam PersonId mentor) {
        return Downloads.docx(documents.agreement(me, orgId, id, mentor));
    }

    @GetMapping("/mentorships/{id}/duties-consent")
    @Operation(summary = "Согласие наставника на наставничество в этой паре (группе), заполненное (DOCX)")
    ResponseEntity<byte[]> dutiesConsent(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @PathVariable MentorshipId id, @RequestParam PersonId mentor) {
        var file = documents.dutiesConsent(me, orgId, id, mentor);
        return Downloads.file(file.content(), file.name(), file.contentType());
    }

    @GetMapping("/orders")
    @Operation(summary = "Реестр приказов о наставничестве постранично")
    ApiPage<OrderView> orders(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(orders.list(me, orgId, ApiPage.asked(page, size)));
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа о закреплении запланированных пар")
    OrderView draft(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @RequestBody NewOrder o) {
        List<MentorshipId> ids = o.mentorshipIds() == null ? List.of() : o.mentorshipIds().stream().map(MentorshipId::of).toList();
        return orders.draftAssignment(me, orgId, ids);
    }

    record NewProgrammeOrder(List<String> programmeIds) {
    }

    /**
     * The curator: a person of the staff ({@code curatorId}, declined by the system) or the words to print;
     * {@code regulationVersionId}: a version of the Regulation not yet approved, or none for a new version.
     */
    record NewRegulationOrder(String curatorId, String curator, String regulationVersionId) {
    }

    @PostMapping("/orders/termination")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа о досрочном прекращении наставничества в прекращённых парах")
    OrderView draftTermination(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @RequestBody NewOrder o) {
        return orders.draftTermination(me, orgId,
                o.mentorshipIds() == null ? List.of() : o.mentorshipIds().stream().map(MentorshipId::of).toList());
    }

    @PostMapping("/orders/completion")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа о завершении реализации программ наставничества и поощрении наставников (завершённые пары)")
    OrderView draftCompletion(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @RequestBody NewOrder o) {
        return orders.draftCompletion(me, orgId,
                o.mentorshipIds() == null ? List.of() : o.mentorshipIds().stream().map(MentorshipId::of).toList());
    }

    @GetMapping("/orders/{id}/gratitude.docx")
    @Operation(summary = "Благодарности наставникам по приказу о завершении программ (DOCX, по странице на наставника)")
    ResponseEntity<byte[]> gratitude(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @PathVariable OrderId id) {
        return Downloads.docx(gratitude.of(me, ownedOrder(me, orgId, id)));
    }

    @PostMapping("/orders/regulation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа об утверждении Положения о наставничестве и дорожной карты, с назначением куратора")
    OrderView draftRegulation(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @RequestBody NewRegulationOrder o) {
        return regulations.draftRegulation(me, orgId,
                o.curatorId() == null || o.curatorId().isBlank() ? null : PersonId.of(o.curatorId()), o.curator(),
                o.regulationVersionId() == null || o.regulationVersionId().isBlank() ? null : Ids.parse(o.regulationVersionId()));
    }

    @PostMapping("/orders/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа об утверждении программ (проектов ПНП); регистрация приказа их утверждает")
    OrderView draftProgrammes(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @RequestBody NewProgrammeOrder o) {
        return orders.draftProgrammeApproval(me, orgId,
                o.programmeIds() == null ? List.of() : o.programmeIds().stream().map(Ids::parse).toList());
    }

    @GetMapping("/orders/{id}/document")
    @Operation(summary = "Приказ (DOCX)")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId,
            @PathVariable OrderId id) {
        return Downloads.docx(documents.order(me, ownedOrder(me, orgId, id)));
    }

    @PostMapping("/orders/{id}/register")
    @Operation(summary = "Зарегистрировать подписанный приказ: номер, дата, скан (multipart)")
    OrderView register(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId, @PathVariable OrderId id,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate,
            @RequestParam(required = false) MultipartFile scan) throws IOException {
        UUID order = ownedOrder(me, orgId, id);
        if (scan == null || scan.isEmpty()) {
            throw InvalidInputException.of("scan", "mentorship.order.scan.required");
        }
        return orders.register(me, order, number, orderDate, scan.getInputStream(), scan.getOriginalFilename());
    }

    private MentorshipView owned(NastavnikPrincipal me, OrganisationId orgId, MentorshipId id) {
        MentorshipView view = mentorships.get(me, id);
        if (!view.organisationId().equals(orgId)) {
            throw new NotFoundException();
        }
        return view;
    }

    /** An order of {orgId}: another organisation's order is a 404 even to a user of both. */
    static UUID ownedOrder(OrderRegister orders, NastavnikPrincipal me, OrganisationId orgId, OrderId id) {
        OrderView view = orders.get(me, id.value());
        if (!view.organisationId().equals(orgId)) {
            throw new NotFoundException();
        }
        return view.id();
    }

    private UUID ownedOrder(NastavnikPrincipal me, OrganisationId orgId, OrderId id) {
        return ownedOrder(orders, me, orgId, id);
    }
}
