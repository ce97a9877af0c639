package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.internal.GratitudeLetters;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.OrderScanFiles;
import ru.nastavnik.mentorship.internal.PairDocuments;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.ApiPage;

/** The order register: drafts of every kind of mentorship order, their documents, registration with the scan. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Наставнические пары и приказы")
class OrderApiController {

    private final OrderManagement orders;
    private final RegulationOrders regulations;
    private final PairDocuments documents;
    private final GratitudeLetters gratitude;
    private final OrderScanFiles scans;

    OrderApiController(
            OrderManagement orders,
            RegulationOrders regulations,
            PairDocuments documents,
            GratitudeLetters gratitude,
            OrderScanFiles scans) {
        this.orders = orders;
        this.regulations = regulations;
        this.documents = documents;
        this.gratitude = gratitude;
        this.scans = scans;
    }

    record NewOrder(List<String> mentorshipIds) {

        List<MentorshipId> pairs() {
            return mentorshipIds == null
                    ? List.of()
                    : mentorshipIds.stream().map(MentorshipId::of).toList();
        }
    }

    @GetMapping("/orders")
    @Operation(summary = "Реестр приказов о наставничестве постранично")
    ApiPage<OrderView> orders(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = ApiPage.PAGE) @RequestParam(defaultValue = "0") int page,
            @Parameter(description = ApiPage.SIZE) @RequestParam(defaultValue = ApiPage.DEFAULT_SIZE) int size) {
        return ApiPage.of(orders.list(me, orgId, ApiPage.asked(page, size)));
    }

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа о закреплении запланированных пар")
    OrderView draft(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewOrder o) {
        return orders.draftAssignment(me, orgId, o.pairs());
    }

    record NewProgrammeOrder(List<String> programmeIds) {}

    /**
     * The curator: a person of the staff ({@code curatorId}, declined by the system) or the words to print;
     * {@code regulationVersionId}: a version of the Regulation not yet approved, or none for a new version.
     */
    record NewRegulationOrder(String curatorId, String curator, String regulationVersionId) {}

    @PostMapping("/orders/termination")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа о досрочном прекращении наставничества в прекращённых парах")
    OrderView draftTermination(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewOrder o) {
        return orders.draftTermination(me, orgId, o.pairs());
    }

    @PostMapping("/orders/completion")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Проект приказа о завершении реализации программ наставничества и поощрении наставников (завершённые пары)")
    OrderView draftCompletion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewOrder o) {
        return orders.draftCompletion(me, orgId, o.pairs());
    }

    @GetMapping("/orders/{id}/gratitude.docx")
    @Operation(summary = "Благодарности наставникам по приказу о завершении программ (DOCX, по странице на наставника)")
    ResponseEntity<byte[]> gratitude(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderId id) {
        return Downloads.docx(gratitude.of(me, ownedOrder(me, orgId, id)));
    }

    @PostMapping("/orders/regulation")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary =
                    "Проект приказа об утверждении Положения о наставничестве и дорожной карты, с назначением куратора")
    OrderView draftRegulation(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewRegulationOrder o) {
        return InvalidInputException.naming(
                java.util.Map.of("regulationVersion", "regulationVersionId"),
                () -> regulations.draftRegulation(
                        me,
                        orgId,
                        o.curatorId() == null || o.curatorId().isBlank() ? null : PersonId.of(o.curatorId()),
                        o.curator(),
                        o.regulationVersionId() == null
                                        || o.regulationVersionId().isBlank()
                                ? null
                                : Ids.parse(o.regulationVersionId())));
    }

    @PostMapping("/orders/programmes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Проект приказа об утверждении программ (проектов ПНП); регистрация приказа их утверждает")
    OrderView draftProgrammes(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody NewProgrammeOrder o) {
        return ru.nastavnik.shared.InvalidInputException.naming(
                java.util.Map.of("mentorshipIds", "programmeIds"),
                () -> orders.draftProgrammeApproval(
                        me,
                        orgId,
                        o.programmeIds() == null
                                ? List.of()
                                : o.programmeIds().stream().map(Ids::parse).toList()));
    }

    @GetMapping("/orders/{id}/document")
    @Operation(summary = "Приказ (DOCX)")
    ResponseEntity<byte[]> document(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderId id) {
        return Downloads.docx(documents.order(me, ownedOrder(me, orgId, id)));
    }

    @GetMapping("/orders/{id}/scan")
    @Operation(
            summary = "Скан подписанного приказа из реестра (PDF или изображение); у проекта приказа скана нет — 404")
    ResponseEntity<byte[]> scan(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderId id) {
        DocumentFile scan = scans.scan(me, ownedOrder(me, orgId, id));
        return Downloads.file(scan.content(), scan.name(), "application/octet-stream");
    }

    @PostMapping("/orders/{id}/register")
    @Operation(summary = "Зарегистрировать подписанный приказ: номер, дата, скан (multipart)")
    OrderView register(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderId id,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate,
            @RequestParam(required = false) MultipartFile scan)
            throws IOException {
        UUID order = ownedOrder(me, orgId, id);
        if (scan == null || scan.isEmpty()) {
            throw InvalidInputException.of("scan", "mentorship.order.scan.required");
        }
        return orders.register(me, order, number, orderDate, scan.getInputStream(), scan.getOriginalFilename());
    }

    /** An order of {orgId}: another organisation's order is a 404 even to a user of both. */
    static UUID ownedOrder(OrderManagement orders, NastavnikPrincipal me, OrganisationId orgId, OrderId id) {
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
