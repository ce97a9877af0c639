package ru.nastavnik.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One period of the pupils' holidays (каникулы), both ends included, as a school's calendar (календарный учебный
 * график) or a region's recommendation writes it: «24.10.2026–01.11.2026», «с 24.10.2026 по 01.11.2026»,
 * {@code 2026-10-24..2026-11-01}, or one date. The longest holidays of a school year, the winter ones, are about two
 * weeks: a period of more than a month is surely a mistyped year, which would otherwise take lessons away.
 */
public record HolidayPeriod(LocalDate from, LocalDate to) {

    public static final int MAXIMUM_DAYS = 31;

    private static final Pattern DATE =
            Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})|(\\d{4})-(\\d{2})-(\\d{2})");

    /** What may stand between and around the dates: spaces, dashes, «..», «с», «по». */
    private static final Pattern FILLER = Pattern.compile("(?iu)[\\s\\-–—.]*(с|по)?[\\s\\-–—.]*(по)?[\\s\\-–—.]*");

    public HolidayPeriod {
        java.util.Objects.requireNonNull(from, "from");
        java.util.Objects.requireNonNull(to, "to");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= MAXIMUM_DAYS) {
            throw new Invalid(Invalid.Reason.TOO_LONG);
        }
    }

    /** The period one text names. */
    public static HolidayPeriod parse(String text) {
        Matcher m = DATE.matcher(text);
        List<LocalDate> dates = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int end = 0;
        while (m.find()) {
            rest.append(text, end, m.start()).append(' ');
            end = m.end();
            try {
                dates.add(
                        m.group(1) != null
                                ? LocalDate.of(num(m, 3), num(m, 2), num(m, 1))
                                : LocalDate.of(num(m, 4), num(m, 5), num(m, 6)));
            } catch (DateTimeException e) {
                throw new Invalid(Invalid.Reason.NOT_A_DATE);
            }
        }
        rest.append(text, end, text.length());
        boolean filler = dates.size() == 1
                ? rest.toString().isBlank()
                : FILLER.matcher(rest).matches();
        if (dates.isEmpty() || dates.size() > 2 || !filler) {
            throw new Invalid(Invalid.Reason.NOT_A_PERIOD);
        }
        return new HolidayPeriod(dates.get(0), dates.get(dates.size() - 1));
    }

    /** Every day of the period. */
    public Stream<LocalDate> days() {
        return from.datesUntil(to.plusDays(1));
    }

    /** As the settings and the API write it: {@code 2026-10-24..2026-11-01}. */
    @Override
    public String toString() {
        return from + ".." + to;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** A text that names no period, with why. */
    public static final class Invalid extends IllegalArgumentException {

        public enum Reason {
            NOT_A_PERIOD,
            NOT_A_DATE,
            TOO_LONG
        }

        private final Reason reason;

        Invalid(Reason reason) {
            super(reason.name());
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
