package ru.nastavnik.documents.internal.pdf;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word's measures (twentieths of a point, half-points, eighths of a point, EMU) and their CSS spelling. */
final class Units {

    private static final Pattern MEASURE = Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?)(mm|cm|in|pt|pc|pi)?");
    private static final double EMU_PER_POINT = 12_700;

    private Units() {}

    /** A twips attribute in points; Word writes whole twips, newer versions may write "2.5cm" and the like. */
    static double twips(String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        Matcher m = MEASURE.matcher(value.trim());
        if (!m.matches()) {
            return fallback;
        }
        double number = Double.parseDouble(m.group(1));
        String unit = m.group(2);
        if (unit == null) {
            return number / 20;
        }
        return switch (unit) {
            case "mm" -> number * 72 / 25.4;
            case "cm" -> number * 72 / 2.54;
            case "in" -> number * 72;
            case "pc", "pi" -> number * 12;
            default -> number;
        };
    }

    static double number(String value, double fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    static double emu(String value) {
        return number(value, 0) / EMU_PER_POINT;
    }

    static String pt(double points) {
        return String.format(Locale.ROOT, "%.2fpt", points);
    }

    /** A colour as Word writes it (six hex digits or "auto"), or null; anything else never reaches the CSS. */
    static String color(String value) {
        return value != null && value.matches("[0-9A-Fa-f]{6}") ? "#" + value : null;
    }

    static boolean on(String value) {
        return value == null || !(value.equals("0") || value.equals("false") || value.equals("off"));
    }
}
