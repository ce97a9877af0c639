package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import ru.nastavnik.shared.InvalidInputException;

/** The period indicators are computed over: a school year (1 September – 31 August) unless dates are given. */
public record IndicatorPeriod(LocalDate from, LocalDate to) {

    /** As {@link #of}, from the text of a form or a query (ISO dates); a date that does not parse names its field. */
    public static IndicatorPeriod parse(String from, String to, LocalDate today) {
        return of(date("from", from), date("to", to), today);
    }

    private static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "indicator.period.invalid");
        }
    }

    /** The school year holding {@code today}, or the dates given (one missing: that end of that school year). */
    public static IndicatorPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate day = from != null ? from : to != null ? to : today;
        LocalDate start = LocalDate.of(
                day.getMonthValue() >= Month.SEPTEMBER.getValue() ? day.getYear() : day.getYear() - 1,
                Month.SEPTEMBER,
                1);
        IndicatorPeriod period = new IndicatorPeriod(
                from != null ? from : start,
                to != null ? to : start.plusYears(1).minusDays(1));
        if (period.to.isBefore(period.from)) {
            throw InvalidInputException.of("to", "indicator.period.reversed");
        }
        return period;
    }

    /**
     * The day the banks' current figures (mentees waiting for a mentor) are taken on: the period's last day once it
     * has ended — a past school year's report and a dashboard's «a year ago» show the bank as it stood then — and
     * today while the period runs.
     */
    LocalDate dayOfBank(LocalDate today) {
        return to.isBefore(today) ? to : today;
    }
}
