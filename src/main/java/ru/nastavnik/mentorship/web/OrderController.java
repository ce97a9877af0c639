package ru.nastavnik.mentorship.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.mentorship.RegulationDocuments.Appendix;
import ru.nastavnik.mentorship.internal.OrderManagement;
import ru.nastavnik.mentorship.internal.OrderScanFiles;
import ru.nastavnik.mentorship.internal.PairDocuments;
import ru.nastavnik.mentorship.internal.RegulationAppendices;
import ru.nastavnik.mentorship.internal.RegulationOrders;
import ru.nastavnik.mentorship.internal.RegulationVersionManagement;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.Ids;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.RequestedOrganisation;
import ru.nastavnik.shared.web.Submit;

/** The order register: draft an order for planned pairs, print it, register the signed one with its scan. */
@Controller
class OrderController {

    private final OrderManagement register;
    private final RegulationOrders regulations;
    private final OrderScanFiles scans;
    private final PairDocuments documents;
    private final Organisations organisations;
    private final RegulationVersionManagement versions;
    private final RegulationAppendices appendices;

    private final ru.nastavnik.mentorship.internal.OrderSeries series;
    private final ru.nastavnik.mentorship.internal.GratitudeLetters gratitude;

    OrderController(
            OrderManagement register,
            RegulationOrders regulations,
            OrderScanFiles scans,
            PairDocuments documents,
            Organisations organisations,
            RegulationVersionManagement versions,
            RegulationAppendices appendices,
            ru.nastavnik.mentorship.internal.OrderSeries series,
            ru.nastavnik.mentorship.internal.GratitudeLetters gratitude) {
        this.series = series;
        this.gratitude = gratitude;
        this.versions = versions;
        this.appendices = appendices;
        this.register = register;
        this.regulations = regulations;
        this.scans = scans;
        this.documents = documents;
        this.organisations = organisations;
    }

    @GetMapping("/mentorship/orders")
    String list(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            Model model) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        model.addAttribute("orders", register.list(me, org));
        model.addAttribute("curators", regulations.curatorCandidates(me, org));
        model.addAttribute("regulationVersions", versions.list(me, org));
        model.addAttribute("currentRegulation", versions.current(me, org).orElse(null));
        model.addAttribute(
                "appendices",
                java.util.Arrays.stream(Appendix.values())
                        .map(a -> a.name().toLowerCase(java.util.Locale.ROOT))
                        .toList());
        model.addAttribute("organisationId", org);
        model.addAttribute("today", series.today(org));
        model.addAttribute("series", series.suffixes(me, org));
        model.addAttribute("nextNumbers", series.next(me, org, series.today(org).getYear()));
        // what the printed orders, agreements and programmes would leave blank: said before she prints them
        model.addAttribute(
                "missingRequisites",
                organisations
                        .find(org)
                        .map(o -> o.requisites() == null
                                ? Requisites.empty().missingForDocuments()
                                : o.requisites().missingForDocuments())
                        .orElse(List.of()));
        return "mentorship/order-list";
    }

    /** A kind of order's series suffix in the register («-о», «-к» …). */
    @PostMapping("/mentorship/orders/series")
    String series(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) ru.nastavnik.mentorship.OrderKind kind,
            @RequestParam(required = false) String suffix,
            org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        OrganisationId org = RequestedOrganisation.get(me, organisation);
        return Submit.to(
                "redirect:/mentorship/orders?organisation=" + org,
                redirect,
                () -> series.set(me, org, kind, suffix),
                "mentorship.series.saved");
    }

    @PostMapping("/mentorship/orders")
    String draft(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) List<String> mentorshipIds,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.done(
                        redirect,
                        () -> {
                            List<MentorshipId> ids = mentorshipIds == null
                                    ? List.of()
                                    : mentorshipIds.stream()
                                            .map(MentorshipId::of)
                                            .toList();
                            register.draftAssignment(me, org, ids);
                        },
                        "mentorship.order.drafted")
                ? "redirect:/mentorship/orders?organisation=" + org
                : "redirect:/mentorship/pairs?organisation=" + org;
    }

    @PostMapping("/mentorship/orders/termination")
    String draftTermination(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) List<String> mentorshipIds,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.done(
                        redirect,
                        () -> register.draftTermination(
                                me,
                                org,
                                mentorshipIds == null
                                        ? List.of()
                                        : mentorshipIds.stream()
                                                .map(MentorshipId::of)
                                                .toList()),
                        "mentorship.order.drafted")
                ? "redirect:/mentorship/orders?organisation=" + org
                : "redirect:/mentorship/pairs?organisation=" + org;
    }

    @PostMapping("/mentorship/orders/completion")
    String draftCompletion(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) List<String> mentorshipIds,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.done(
                        redirect,
                        () -> register.draftCompletion(
                                me,
                                org,
                                mentorshipIds == null
                                        ? List.of()
                                        : mentorshipIds.stream()
                                                .map(MentorshipId::of)
                                                .toList()),
                        "mentorship.order.drafted")
                ? "redirect:/mentorship/orders?organisation=" + org
                : "redirect:/mentorship/pairs?organisation=" + org;
    }

    /** The «благодарность» of each mentor a completion order thanks, one page each. */
    @GetMapping("/mentorship/orders/{id}/gratitude.docx")
    ResponseEntity<byte[]> gratitude(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrderId id) {
        return Downloads.docx(gratitude.of(me, id.value()));
    }

    @PostMapping("/mentorship/orders/regulation")
    String draftRegulation(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            RegulationForm form,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.to(
                "redirect:/mentorship/orders?organisation=" + org,
                redirect,
                () -> regulations.draftRegulation(me, org, form.curatorPerson(), form.curator(), form.version()),
                "mentorship.order.drafted");
    }

    @PostMapping("/mentorship/orders/programmes")
    String draftProgrammes(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam OrganisationId organisation,
            @RequestParam(required = false) List<String> programmeIds,
            RedirectAttributes redirect) {
        OrganisationId org = organisation;
        return Submit.done(
                        redirect,
                        () -> register.draftProgrammeApproval(
                                me,
                                org,
                                programmeIds == null
                                        ? List.of()
                                        : programmeIds.stream().map(Ids::parse).toList()),
                        "mentorship.order.drafted")
                ? "redirect:/mentorship/orders?organisation=" + org
                : "redirect:/mentorship/programmes?organisation=" + org;
    }

    @GetMapping("/mentorship/orders/{id}/document")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrderId id) {
        return Downloads.docx(documents.order(me, id.value()));
    }

    /** The order with its appendices, for printing and viewing without Word. */
    @GetMapping("/mentorship/orders/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrderId id) {
        return Downloads.pdf(documents.orderPdf(me, id.value()));
    }

    /** The Regulation or the roadmap of the order approving them, on its own. */
    @GetMapping("/mentorship/orders/{id}/appendices/{document}.docx")
    ResponseEntity<byte[]> appendixDocx(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrderId id, @PathVariable String document) {
        return Downloads.docx(appendices.ofOrder(me, id.value(), Appendix.named(document), false));
    }

    @GetMapping("/mentorship/orders/{id}/appendices/{document}.pdf")
    ResponseEntity<byte[]> appendixPdf(
            @AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrderId id, @PathVariable String document) {
        return Downloads.pdf(appendices.ofOrder(me, id.value(), Appendix.named(document), true));
    }

    @GetMapping("/mentorship/orders/{id}/scan")
    ResponseEntity<byte[]> scan(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrderId id) {
        DocumentFile scan = scans.scan(me, id.value());
        return Downloads.file(scan.content(), scan.name(), "application/octet-stream");
    }

    @PostMapping("/mentorship/orders/{id}/register")
    String register(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrderId id,
            @RequestParam(required = false) String number,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate,
            @RequestParam(required = false) MultipartFile scan,
            RedirectAttributes redirect)
            throws IOException {
        UUID order = id.value();
        OrderView view = register.get(me, order);
        return Submit.to(
                "redirect:/mentorship/orders?organisation=" + view.organisationId(),
                redirect,
                () -> {
                    boolean none = scan == null || scan.isEmpty();
                    register.register(
                            me,
                            order,
                            number,
                            orderDate,
                            none ? null : scan.getInputStream(),
                            none ? null : scan.getOriginalFilename());
                },
                "mentorship.order.registered");
    }
}
