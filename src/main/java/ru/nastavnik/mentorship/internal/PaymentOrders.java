package ru.nastavnik.mentorship.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.mentorship.DocumentFile;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The order on mentoring payments for a period, drafted from the statement with blanks for its number and date,
 * from the editable template «mentorship-order-payment»; the mentors paid are familiarised with it.
 */
@Service
@Transactional(readOnly = true)
public class PaymentOrders {

    private final MentoringPayments payments;
    private final DocumentParts parts;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;

    PaymentOrders(
            MentoringPayments payments, DocumentParts parts, ApplicationEventPublisher events, MessageSource messages) {
        this.messages = messages;
        this.payments = payments;
        this.parts = parts;
        this.events = events;
    }

    /**
     * An order pays for days already worked: the period ends on the school's today at the latest, one that begins
     * after it is refused, and so is an order with no payment rule set (it would offer «0,00 руб.») or with nobody to
     * pay in the period. A mentor whose days fell under no term earns nothing and is not listed to be paid.
     */
    public DocumentFile draft(NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate asked) {
        PairManagement.check(caller, organisation);
        LocalDate today = payments.today(organisation);
        if (from != null && from.isAfter(today)) {
            throw InvalidInputException.of(
                    "from", "docfix.payments.order.future", Dates.DATE.format(from), Dates.DATE.format(today));
        }
        LocalDate to = asked == null || asked.isBefore(today) ? asked : today;
        PaymentStatement statement = payments.statement(caller, organisation, from, to);
        if (statement.rules().isEmpty()) {
            throw InvalidInputException.of("rule", "docfix.payments.order.noRule");
        }
        List<PaymentStatement.Row> paid = statement.rows().stream()
                .filter(r -> r.roubles().signum() > 0 || r.rateShare().signum() > 0)
                .toList();
        if (paid.isEmpty()) {
            throw InvalidInputException.of(
                    "to", "docfix.payments.order.nobody", Dates.DATE.format(from), Dates.DATE.format(to));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", DocumentModels.organisation(parts.organisation(organisation)));
        model.put("order", Map.of("number", "______", "date", "«____» ______________ 20___ г."));
        model.put("period", Map.of("from", Dates.DATE.format(from), "to", Dates.DATE.format(to)));
        model.put(
                "rules",
                statement.rules().stream()
                        .map(r -> PaymentWorkbook.text(
                                messages,
                                "mentorship.payments.order.rule",
                                Dates.DATE.format(r.validFrom()),
                                PaymentWorkbook.describe(r, messages)))
                        .collect(Collectors.joining("; ")));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> acquainted = new ArrayList<>();
        int n = 1;
        for (PaymentStatement.Row row : paid) {
            String number = Integer.toString(n++);
            rows.add(Map.of(
                    "number",
                    number,
                    "fullName",
                    row.fullName(),
                    "position",
                    row.position(),
                    "mentees",
                    String.join(", ", row.mentees()),
                    "days",
                    Integer.toString(row.days()),
                    "roubles",
                    decimal(row.roubles()),
                    "rateShare",
                    decimal(row.rateShare())));
            acquainted.add(Map.of("number", number, "fullName", row.fullName(), "position", row.position()));
        }
        model.put("payments", rows);
        model.put(
                "rateShares",
                paid.stream().anyMatch(row -> row.rateShare().signum() != 0)
                        || statement.rules().stream().anyMatch(r -> !r.kind().inRoubles()));
        model.put("totalRoubles", decimal(statement.totalRoubles()));
        model.put("acquainted", acquainted);
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.GENERATE,
                "PaymentStatement",
                null,
                "сформирован проект приказа о выплате за наставничество с " + from + " по " + to));
        return new DocumentFile(
                PaymentWorkbook.text(messages, "mentorship.payments.order.file", from.toString(), to.toString()),
                parts.render(organisation, MentorshipTemplates.PAYMENT_ORDER, model));
    }

    public DocumentFile draftPdf(NastavnikPrincipal caller, OrganisationId organisation, LocalDate from, LocalDate to) {
        return draft(caller, organisation, from, to).toPdf();
    }

    /** An order the director signs writes «1500,00», with the Russian decimal comma, not «1500.00». */
    /** «3 100,00», «0,1500»: thousands apart by a non-breaking space, the scale kept, as the accountant reads sums. */
    static String decimal(BigDecimal value) {
        java.text.DecimalFormatSymbols symbols = new java.text.DecimalFormatSymbols(java.util.Locale.ROOT);
        symbols.setGroupingSeparator('\u00A0');
        symbols.setDecimalSeparator(',');
        int scale = Math.max(0, value.scale());
        java.text.DecimalFormat format =
                new java.text.DecimalFormat(scale == 0 ? "#,##0" : "#,##0." + "0".repeat(scale), symbols);
        format.setRoundingMode(java.math.RoundingMode.UNNECESSARY);
        return format.format(value);
    }
}
