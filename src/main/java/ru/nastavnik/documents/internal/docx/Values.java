package ru.nastavnik.documents.internal.docx;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import ru.nastavnik.documents.TemplateException;

/** How model values print in a document, and which of them count as «yes» for {@code {{#if}}}. */
final class Values {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Values() {}

    static String text(Object value, Tag tag) {
        if (value == null) {
            return "";
        }
        if (value instanceof Map<?, ?>
                || value instanceof Collection<?>
                || value.getClass().isArray()) {
            // a list or a group printed as one value is a typo for one of its fields
            throw new TemplateException(MessageKeys.NOT_PRINTABLE, tag.raw());
        }
        if (value instanceof Boolean b) {
            return b ? "да" : "нет";
        }
        if (value instanceof LocalDate date) {
            return DATE.format(date);
        }
        if (value instanceof LocalDateTime dateTime) {
            return DATE_TIME.format(dateTime);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return value.toString();
    }

    static boolean truthy(Object value) {
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence text) {
            return !text.toString().isBlank();
        }
        if (value instanceof Collection<?> collection) {
            return !collection.isEmpty();
        }
        if (value instanceof Map<?, ?> map) {
            return !map.isEmpty();
        }
        if (value instanceof Number number) {
            return number instanceof BigDecimal decimal ? decimal.signum() != 0 : number.doubleValue() != 0;
        }
        return true;
    }

    /** Whole numbers as they are (no grouping: years, numbers of orders); fractions with a decimal comma. */
    private static String number(Number number) {
        if (number instanceof Integer
                || number instanceof Long
                || number instanceof Short
                || number instanceof Byte
                || number instanceof BigInteger) {
            return number.toString();
        }
        if ((number instanceof Double || number instanceof Float) && !Double.isFinite(number.doubleValue())) {
            return number.toString();
        }
        BigDecimal decimal = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        return decimal.toPlainString().replace('.', ',');
    }
}
