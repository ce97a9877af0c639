package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.mentorship.RegulationDocuments.Appendix;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.PairDocuments;
import ru.nastavnik.mentorship.internal.RegulationAppendices;
import ru.nastavnik.mentorship.internal.RegulationVersionManagement;
import ru.nastavnik.mentorship.internal.RegulationVersionView;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The Regulation's versions and the two appendices of the order approving it, for scripts and the region's systems. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Положение о наставничестве и дорожная карта")
class RegulationApiController {

    private static final String DOCUMENT =
            "regulation — Положение (приложение № 1), roadmap — дорожная карта (приложение № 2)";

    private final RegulationVersionManagement versions;
    private final RegulationAppendices documents;
    private final PairDocuments orderDocuments;
    private final OrderManagement orders;

    RegulationApiController(
            RegulationVersionManagement versions,
            RegulationAppendices documents,
            PairDocuments orderDocuments,
            OrderManagement orders) {
        this.versions = versions;
        this.documents = documents;
        this.orderDocuments = orderDocuments;
        this.orders = orders;
    }

    @GetMapping("/regulation/versions")
    @Operation(summary = "Редакции Положения о наставничестве, последняя первой; утверждённая указывает приказ")
    List<RegulationVersionView> versions(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return versions.list(me, orgId);
    }

    @GetMapping("/regulation/documents/{document}.docx")
    @Operation(summary = "Действующее Положение или дорожная карта (DOCX): по приказу, утвердившему последнюю редакцию")
    ResponseEntity<byte[]> currentDocx(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = DOCUMENT) @PathVariable String document) {
        return Downloads.docx(documents.current(me, orgId, Appendix.named(document), false));
    }

    @GetMapping("/regulation/documents/{document}.pdf")
    @Operation(summary = "Действующее Положение или дорожная карта (PDF)")
    ResponseEntity<byte[]> currentPdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = DOCUMENT) @PathVariable String document) {
        return Downloads.pdf(documents.current(me, orgId, Appendix.named(document), true));
    }

    @GetMapping("/orders/{id}/document.pdf")
    @Operation(summary = "Приказ (PDF); приказ об утверждении Положения — с обоими приложениями")
    ResponseEntity<byte[]> orderPdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderId id) {
        return Downloads.pdf(orderDocuments.orderPdf(me, OrderApiController.ownedOrder(orders, me, orgId, id)));
    }

    @GetMapping("/orders/{id}/appendices/{document}.docx")
    @Operation(summary = "Приложение к приказу об утверждении Положения отдельным документом (DOCX)")
    ResponseEntity<byte[]> appendixDocx(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderId id,
            @Parameter(description = DOCUMENT) @PathVariable String document) {
        return Downloads.docx(documents.ofOrder(
                me, OrderApiController.ownedOrder(orders, me, orgId, id), Appendix.named(document), false));
    }

    @GetMapping("/orders/{id}/appendices/{document}.pdf")
    @Operation(summary = "Приложение к приказу об утверждении Положения отдельным документом (PDF)")
    ResponseEntity<byte[]> appendixPdf(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable OrderId id,
            @Parameter(description = DOCUMENT) @PathVariable String document) {
        return Downloads.pdf(documents.ofOrder(
                me, OrderApiController.ownedOrder(orders, me, orgId, id), Appendix.named(document), true));
    }
}
