package ru.nastavnik.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Dates as a Russian reader expects them ({@code dd.MM.yyyy}); times stored in UTC and shown in the
 * organisation's zone, Moscow by default. Templates call it as {@code @dates}.
 */
@Component("dates")
public class Dates {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? null : DATE_TIME.format(instant.atZone(DEFAULT_ZONE));
    }
}
