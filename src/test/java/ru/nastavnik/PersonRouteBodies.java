package ru.nastavnik;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON body a route of {@link PersonRoutes} is sent with: each field that carries a person gets the person asked
 * about, each typed id the walk's value of its type (the school's own pair, event …), text, numbers, dates and enums a
 * plausible value, a list of records one element — so that the request reaches the check of the person rather than
 * stopping at an empty body. A field the walk has no value for is left out (null), as a client would leave out an
 * optional field.
 */
final class PersonRouteBodies {

    private static final int MAX_DEPTH = 4;

    private final Map<String, String> values;

    PersonRouteBodies(Map<String, String> values) {
        this.values = values;
    }

    Object body(PersonRoutes.Route route, Type type, String person) {
        return sample(route, type, "", person, 0);
    }

    private Object sample(PersonRoutes.Route route, Type type, String path, String person, int depth) {
        Class<?> raw = PersonRoutes.raw(type);
        if (raw == null || depth > MAX_DEPTH) {
            return null;
        }
        if (!path.isEmpty() && route.personParameters().contains(PersonRoutes.BODY + path)) {
            return Collection.class.isAssignableFrom(raw) ? List.of(person) : person;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = type instanceof ParameterizedType generic ? generic.getActualTypeArguments()[0] : null;
            Object one = element == null ? null : sample(route, element, path + "[]", person, depth + 1);
            return one == null ? List.of() : List.of(one);
        }
        if (raw.isEnum()) {
            return ((Enum<?>) raw.getEnumConstants()[0]).name();
        }
        if (typedId(raw)) {
            return values.get(raw.getSimpleName());
        }
        if (raw.isRecord() && !raw.getPackageName().startsWith("java")) {
            Map<String, Object> fields = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                String at = path.isEmpty() ? component.getName() : path + "." + component.getName();
                Object value = sample(route, component.getGenericType(), at, person, depth + 1);
                if (value != null) {
                    fields.put(component.getName(), value);
                }
            }
            return fields;
        }
        return plain(raw, last(path));
    }

    /** A record holding one UUID, as every typed id of the application ({@code PairId}, {@code EventId} …). */
    private static boolean typedId(Class<?> raw) {
        return raw.isRecord()
                && raw.getRecordComponents().length == 1
                && raw.getRecordComponents()[0].getType() == UUID.class;
    }

    private static Object plain(Class<?> raw, String name) {
        LocalDate day = SchoolToday.date().plusDays(7);
        if (raw == String.class && HINTS.containsKey(name)) {
            return HINTS.get(name);
        }
        if (raw == String.class) {
            return DATE_NAMES.stream().anyMatch(name.toLowerCase()::contains) ? day.toString() : "Проверка обхода";
        }
        if (raw == LocalDate.class) {
            return day.toString();
        }
        if (raw == LocalDateTime.class) {
            return day.atTime(10, 0).toString();
        }
        if (raw == LocalTime.class) {
            return "10:00";
        }
        if (raw == Instant.class || raw == OffsetDateTime.class) {
            return day.atTime(10, 0).atOffset(java.time.ZoneOffset.ofHours(3)).toString();
        }
        if (raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class || raw == short.class) {
            return 1;
        }
        if (raw == double.class || raw == Double.class || raw == BigDecimal.class) {
            return 1;
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return false;
        }
        return null;
    }

    /** Text fields whose value is one of a few words (a file format …), so that a plausible text is refused. */
    private static final Map<String, String> HINTS = Map.of("format", "pdf");

    private static final Set<String> DATE_NAMES = Set.of("date", "deadline", "on", "from", "to", "until");

    private static String last(String path) {
        int dot = path.lastIndexOf('.');
        String name = dot < 0 ? path : path.substring(dot + 1);
        return name.replace("[]", "");
    }
}
