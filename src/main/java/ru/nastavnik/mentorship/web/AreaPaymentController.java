package ru.nastavnik.mentorship.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import ru.nastavnik.documents.SafeFileName;
import ru.nastavnik.mentorship.internal.AreaPaymentStatement;
import ru.nastavnik.mentorship.internal.AreaPayments;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.PageRefusal;

/** The methodologist's payment statement of her municipality or region: the period, the schools' table, the XLSX. */
@Controller
@RequestMapping("/mentorship/payments/area")
class AreaPaymentController {

    static final String VIEW = "mentorship/area-payments";

    private final AreaPayments payments;
    private final AreaPaymentWorkbook workbook;

    AreaPaymentController(AreaPayments payments, AreaPaymentWorkbook workbook) {
        this.payments = payments;
        this.workbook = workbook;
    }

    @GetMapping
    String page(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            Model model) {
        OrganisationId area = area(me, organisation);
        model.addAttribute("area", payments.area(me, area));
        LocalDate today = payments.today(area);
        if (!PageRefusal.shown(model, "periodError", () -> {
            PaymentForms.Period period = PaymentForms.Period.of(from, to, today);
            model.addAttribute("period", period);
            model.addAttribute("statement", payments.statement(me, area, period.from(), period.to()));
        })) {
            model.addAttribute("period", PaymentForms.Period.of(null, null, today));
        }
        return VIEW;
    }

    @GetMapping("/statement.xlsx")
    void statement(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @RequestParam(required = false) OrganisationId organisation,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        OrganisationId area = area(me, organisation);
        PaymentForms.Period period = PaymentForms.Period.of(from, to, payments.today(area));
        write(workbook, payments.export(me, area, period.from(), period.to()), response);
    }

    /** Computed (and refused) before the first byte, then streamed. */
    static void write(AreaPaymentWorkbook workbook, AreaPaymentStatement statement, HttpServletResponse response)
            throws IOException {
        response.setContentType(PaymentController.XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, SafeFileName.attachment(workbook.fileName(statement)));
        workbook.write(statement, response.getOutputStream());
    }

    /** The requested area, else the first one the methodologist works for. */
    private static OrganisationId area(NastavnikPrincipal me, OrganisationId requested) {
        if (requested != null) {
            return requested;
        }
        return me.grants().stream()
                .filter(g -> g.role() == Role.MUNICIPAL_METHODOLOGIST || g.role() == Role.REGIONAL_METHODOLOGIST)
                .map(g -> g.organisation())
                .findFirst()
                .orElseThrow(NotFoundException::new);
    }
}
