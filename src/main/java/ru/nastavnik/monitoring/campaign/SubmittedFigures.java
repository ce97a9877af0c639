package ru.nastavnik.monitoring.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.nastavnik.monitoring.internal.Indicator;

/**
 * The figures of a report kept in one column ({@code CODE:numerator:base:M|S;…}), so that the roll-up of a region's
 * thousand schools reads one row per school and no more. An indicator code no longer in the catalogue is skipped.
 */
final class SubmittedFigures {

    private SubmittedFigures() {}

    static String write(List<SubmittedFigure> figures) {
        StringBuilder text = new StringBuilder();
        for (SubmittedFigure f : figures) {
            if (!text.isEmpty()) {
                text.append(';');
            }
            text.append(f.indicator().name())
                    .append(':')
                    .append(f.numerator())
                    .append(':')
                    .append(f.base())
                    .append(':')
                    .append(f.manual() ? 'M' : 'S');
        }
        return text.toString();
    }

    static List<SubmittedFigure> read(String text) {
        List<SubmittedFigure> figures = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return figures;
        }
        for (String part : text.split(";")) {
            String[] f = part.split(":");
            Indicator indicator = indicator(f[0]);
            if (indicator != null && f.length == 4) {
                figures.add(
                        new SubmittedFigure(indicator, Long.parseLong(f[1]), Long.parseLong(f[2]), "M".equals(f[3])));
            }
        }
        return figures;
    }

    static String writeManual(Map<Indicator, ManualFigure> manual) {
        return write(manual.entrySet().stream()
                .map(e -> new SubmittedFigure(
                        e.getKey(), e.getValue().numerator(), e.getValue().base(), true))
                .toList());
    }

    static Map<Indicator, ManualFigure> readManual(String text) {
        Map<Indicator, ManualFigure> manual = new LinkedHashMap<>();
        read(text).forEach(f -> manual.put(f.indicator(), new ManualFigure(f.numerator(), f.base())));
        return manual;
    }

    /** A campaign's own figures by number: {@code 1:numerator:base;…}. */
    static String writeOwn(Map<Integer, ManualFigure> own) {
        if (own.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        own.forEach((number, f) -> text.append(text.isEmpty() ? "" : ";")
                .append(number)
                .append(':')
                .append(f.numerator())
                .append(':')
                .append(f.base()));
        return text.toString();
    }

    static Map<Integer, ManualFigure> readOwn(String text) {
        Map<Integer, ManualFigure> own = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return own;
        }
        for (String part : text.split(";")) {
            String[] f = part.split(":");
            if (f.length == 3) {
                own.put(Integer.parseInt(f[0]), new ManualFigure(Long.parseLong(f[1]), Long.parseLong(f[2])));
            }
        }
        return own;
    }

    static Indicator indicator(String code) {
        try {
            return Indicator.valueOf(code.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
