package ru.nastavnik.mentorship.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import ru.nastavnik.mentorship.internal.NewPaymentRule;
import ru.nastavnik.mentorship.internal.PaymentKind;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A payment rule and a statement's period as typed: numbers may have a decimal comma, dates come as text, so that
 * a word in a sum or a date that does not exist names its field.
 */
final class PaymentForms {

    private PaymentForms() {}

    record RuleForm(String validFrom, PaymentKind kind, String amount, String cap) {

        NewPaymentRule rule() {
            return new NewPaymentRule(date("validFrom", validFrom), kind, number("amount", amount), number("cap", cap));
        }
    }

    /** The period asked for; by default the current month. */
    record Period(LocalDate from, LocalDate to) {

        static Period of(String from, String to, LocalDate today) {
            YearMonth month = YearMonth.from(today);
            LocalDate start = from == null || from.isBlank() ? month.atDay(1) : date("from", from);
            LocalDate end = to == null || to.isBlank() ? month.atEndOfMonth() : date("to", to);
            return new Period(start, end);
        }
    }

    static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "mentorship.payment.date.invalid");
        }
    }

    static BigDecimal number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().replaceAll("[\\s\\u00a0]", "").replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "mentorship.payment.number.invalid");
        }
    }
}
