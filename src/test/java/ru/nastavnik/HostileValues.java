package ru.nastavnik;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ru.nastavnik.shared.UnsafeText;

/**
 * What an attacker, a broken client or a careless paste sends in place of a field, by the field's type: text with a
 * NUL, a hundred thousand letters, a bidirectional override, invisible-only text, a Latin letter inside a Cyrillic
 * word; numbers past {@code long}, negative and beyond {@code double}; days that do not exist or lie past year
 * 9999; ids that are no UUID or nobody's; values of another JSON type; lists of ten thousand and one. Each value
 * has a name, so that a failure says what was sent.
 */
final class HostileValues {

    /**
     * The longest text any field takes ({@link UnsafeText#LONGEST}): longer than any column keeps, so it reaches the
     * field's own rule.
     */
    static final String LONG_TEXT = "я".repeat(UnsafeText.LONGEST);

    private static final String LONG_NAME = "a long text";

    /** Longer than any list a school needs in one request (item 6 of issue 20: «sane length limits»). */
    static final int LONG_LIST = 10_001;

    private HostileValues() {}

    /**
     * JSON values for a body field of {@code type}; {@code plausible} is what the walk would send there. Values of the
     * wrong JSON type and a NUL are refused by the reader for every field alike (one handler): sent for a route's
     * {@code first} field only; the values of the field's own kind reach its service, and go to every field.
     */
    static Map<String, Object> json(Type type, Object plausible, boolean first) {
        Class<?> raw = PersonRoutes.raw(type);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("null", null);
        if (first) {
            values.put("an object", Map.of("x", 1));
            values.put("text with NUL", "a\u0000b");
        }
        if (raw == null) {
            return values;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Object one = plausible instanceof List<?> list && !list.isEmpty() ? list.get(0) : "x";
            // the reader refuses these for every list alike
            if (first) {
                values.put("[null]", Collections.singletonList(null));
                values.put(LONG_LIST + " elements", Collections.nCopies(LONG_LIST, one));
                values.put("a text for a list", "x");
            }
            return values;
        }
        if (first) {
            values.put("a list", List.of());
        }
        texts(raw, values, first);
        return values;
    }

    /**
     * Request parameter or form field values for a field of {@code type} (a form's values are all text); in the query
     * string of a GET a text only as long as fits in a URL the server takes (8 KiB of headers, a Cyrillic letter six
     * bytes encoded): a longer one is refused by Tomcat before the application sees it. A read's parameters only
     * filter or page what it shows: past its {@code first}, a read's parameter is sent a long text and nobody's id
     * only, a change's ({@code stored}) every value of its kind and an empty one.
     */
    static Map<String, String> parameter(Type type, boolean inUrl, boolean first, boolean stored) {
        Class<?> raw = PersonRoutes.raw(type);
        Map<String, Object> values = new LinkedHashMap<>();
        if (raw != null && Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType generic) {
            texts(PersonRoutes.raw(generic.getActualTypeArguments()[0]), values, first);
        } else {
            texts(raw, values, first);
        }
        if (inUrl && values.containsKey(LONG_NAME)) {
            values.put(LONG_NAME, "я".repeat(1_000));
        }
        // the request's parameters are checked for unsafe text together, before any is read: once a route
        if (first) {
            values.put("text with NUL", "a\u0000b");
        }
        if (first || stored) {
            values.put("empty", "");
        } else {
            values.keySet().retainAll(java.util.Set.of(LONG_NAME, "nobody's UUID"));
        }
        Map<String, String> strings = new LinkedHashMap<>();
        values.forEach((name, value) -> strings.put(name, String.valueOf(value)));
        return strings;
    }

    /**
     * The values of the field's own kind; JSON numbers stay numbers. Those that reach the field's service go to every
     * field (a negative number, year 0, nobody's id, a long text); those one rule refuses for all fields alike before
     * any service (unsafe text, a text past the longest, dates past year 9999, a value that does not parse) to the
     * route's {@code first} field only.
     */
    private static void texts(Class<?> raw, Map<String, Object> values, boolean first) {
        if (raw == null || raw == String.class || raw == Object.class) {
            values.put(LONG_NAME, LONG_TEXT);
            if (first) {
                values.put("a character past the longest text", LONG_TEXT + "я");
                values.put("a Latin «a» in a Cyrillic word", "Ивaнова");
                values.put("a bidirectional override", "\u202Eавонави");
                values.put("invisible-only text", "\u200B\u200B");
            }
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive() && raw != boolean.class) {
            values.put("-1", -1);
            boolean unbounded =
                    raw == BigDecimal.class || raw == BigInteger.class || raw == double.class || raw == Double.class;
            if (first || unbounded) {
                values.put("past long", new BigInteger("9223372036854775808"));
                values.put("past double", new BigDecimal("1e400"));
            }
            if (first) {
                values.put("a word for a number", "abc");
            }
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (first) {
                values.put("a word for a boolean", "может быть");
                values.put("2 for a boolean", 2);
            }
        } else if (Temporal.class.isAssignableFrom(raw)) {
            values.put("year 0", "0000-01-01");
            if (first) {
                values.put("year 999999999", "+999999999-12-31");
                values.put("day 30 of February", "2026-02-30");
                values.put("a Russian date", "31.12.2026");
                values.put("25:61", "25:61");
            }
        } else if (raw.isEnum()) {
            if (first) {
                values.put("no such value", "NO_SUCH");
                values.put(
                        "lower case",
                        ((Enum<?>) raw.getEnumConstants()[0]).name().toLowerCase(java.util.Locale.ROOT));
            }
        } else if (raw == UUID.class || typedId(raw)) {
            values.put("the nil UUID", "00000000-0000-0000-0000-000000000000");
            values.put("nobody's UUID", UUID.randomUUID().toString());
            if (first) {
                values.put("not a UUID", "not-a-uuid");
            }
        } else if (raw.isRecord()) {
            if (first) {
                values.put("a text for an object", "x");
            }
        } else {
            values.put(LONG_NAME, LONG_TEXT);
        }
    }

    static boolean typedId(Class<?> raw) {
        return raw.isRecord()
                && raw.getRecordComponents().length == 1
                && raw.getRecordComponents()[0].getType() == UUID.class;
    }
}
