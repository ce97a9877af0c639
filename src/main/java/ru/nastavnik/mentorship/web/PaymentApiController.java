package ru.nastavnik.mentorship.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import ru.nastavnik.mentorship.internal.AreaPaymentStatement;
import ru.nastavnik.mentorship.internal.AreaPayments;
import ru.nastavnik.mentorship.internal.MentoringPayments;
import ru.nastavnik.mentorship.internal.PaymentOrders;
import ru.nastavnik.mentorship.internal.PaymentRuleView;
import ru.nastavnik.mentorship.internal.PaymentStatement;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.SheetTexts;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** Payment rules and the statement for the accountant's and the region's systems. */
@RestController
@RequestMapping("/api/v1/organisations/{orgId}")
@Tag(name = "Выплаты за наставничество")
class PaymentApiController {

    private final MentoringPayments payments;
    private final AreaPayments areas;
    private final AreaPaymentWorkbook areaWorkbook;
    private final PaymentOrders orders;
    private final Organisations organisations;
    private final SheetTexts texts;

    PaymentApiController(
            MentoringPayments payments,
            AreaPayments areas,
            AreaPaymentWorkbook areaWorkbook,
            PaymentOrders orders,
            Organisations organisations,
            SheetTexts texts) {
        this.payments = payments;
        this.areas = areas;
        this.areaWorkbook = areaWorkbook;
        this.orders = orders;
        this.organisations = organisations;
        this.texts = texts;
    }

    @GetMapping("/payment-rules")
    @Operation(summary = "Правила выплат за наставничество (ст. 351.8 ТК РФ), каждое — с даты начала действия")
    List<PaymentRuleView> rules(@AuthenticationPrincipal NastavnikPrincipal me, @PathVariable OrganisationId orgId) {
        return payments.rules(me, orgId);
    }

    @PostMapping("/payment-rules")
    @Operation(
            summary =
                    "Новое правило выплат: validFrom (не раньше сегодняшнего дня), kind (FIXED, RATE_SHARE, PER_MENTEE), amount, cap")
    ResponseEntity<PaymentRuleView> addRule(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestBody PaymentForms.RuleForm body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(payments.addRule(me, orgId, body.rule()));
    }

    @GetMapping("/payment-statement")
    @Operation(
            summary =
                    "Ведомость выплат за период (по умолчанию текущий месяц). Школы (директор, куратор): наставник, пары, "
                            + "наставляемые, дни, сумма, доля ставки. Муниципалитета или региона (его методист): по строке на школу "
                            + "территории, итоги по муниципалитетам и общий, без персональных данных; числа 1–2 — «< 3» (null и few*), "
                            + "суммы и дни школы с 1–2 наставниками не раскрываются. Иначе 404; период с концом раньше начала — 422")
    @ApiResponse(
            responseCode = "200",
            description = "Ведомость школы или территории",
            content = @Content(schema = @Schema(oneOf = {PaymentStatement.class, AreaPaymentStatement.class})))
    Object statement(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @Parameter(description = "Начало периода, ГГГГ-ММ-ДД") @RequestParam(required = false) String from,
            @Parameter(description = "Конец периода, ГГГГ-ММ-ДД") @RequestParam(required = false) String to) {
        PaymentForms.Period period = PaymentForms.Period.of(from, to, payments.today(orgId));
        if (areas.isArea(orgId)) {
            return areas.statement(me, orgId, period.from(), period.to());
        }
        return payments.statement(me, orgId, period.from(), period.to());
    }

    @GetMapping("/payment-statement.xlsx")
    @Operation(
            summary =
                    "Ведомость выплат за период в XLSX: школы — для бухгалтерии, муниципалитета или региона — по школам "
                            + "территории (без персональных данных)")
    ResponseEntity<byte[]> workbook(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletResponse response)
            throws IOException {
        PaymentForms.Period period = PaymentForms.Period.of(from, to, payments.today(orgId));
        if (areas.isArea(orgId)) {
            AreaPaymentController.write(areaWorkbook, areas.export(me, orgId, period.from(), period.to()), response);
            return null;
        }
        String name = organisations.find(orgId).map(OrganisationSummary::name).orElse("");
        return Downloads.file(
                payments.workbook(me, orgId, name, period.from(), period.to()),
                texts.text(
                        "house.file.paymentStatementApi",
                        period.from().toString(),
                        period.to().toString()),
                PaymentController.XLSX);
    }

    @GetMapping("/payment-order.{format:docx|pdf}")
    @Operation(
            summary = "Проект приказа о выплате за наставничество за период (DOCX или PDF, из редактируемого шаблона)")
    ResponseEntity<byte[]> order(
            @AuthenticationPrincipal NastavnikPrincipal me,
            @PathVariable OrganisationId orgId,
            @PathVariable String format,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        PaymentForms.Period period = PaymentForms.Period.of(from, to, payments.today(orgId));
        return "pdf".equals(format)
                ? Downloads.pdf(orders.draftPdf(me, orgId, period.from(), period.to()))
                : Downloads.docx(orders.draft(me, orgId, period.from(), period.to()));
    }
}
