package ru.nastavnik.monitoring.internal;

/**
 * A line of the indicator table: an indicator as a whole, or one part of it (a form of mentoring, a kind of event,
 * a level, a category) named by a message key or, for a school's own forms, by their text.
 */
public record IndicatorLine(Indicator indicator, String part, String partKey, String partText) {

    static IndicatorLine whole(Indicator indicator) {
        return new IndicatorLine(indicator, null, null, null);
    }

    /** {@code CODE} for the whole, {@code CODE:part} for a part: the column of the table and of its export. */
    public String key() {
        return part == null ? indicator.name() : indicator.name() + ":" + part;
    }

    public boolean whole() {
        return part == null;
    }
}
