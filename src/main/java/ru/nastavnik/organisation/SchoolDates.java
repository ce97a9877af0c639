package ru.nastavnik.organisation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import ru.nastavnik.shared.OrganisationId;

/**
 * "Today" where an organisation is. The application clock is UTC, but Russia spans UTC+2 … UTC+12: a Vladivostok
 * school's morning is still yesterday in UTC and a Moscow school's last three hours are already its tomorrow. Every
 * date rule of a school (due, overdue, valid until, never before today, ended on) takes its date from here, read from
 * the organisation's own time zone ({@code organisation.time_zone}); an unknown organisation or a blank or unknown zone
 * falls back to Moscow. One primary-key read per call and no cache, so a changed zone is seen at once on every node.
 */
public interface SchoolDates {

    ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Moscow");

    /** The organisation's time zone (Moscow when it has none or an unknown one). */
    ZoneId zone(OrganisationId organisation);

    /** The organisation's own date at this moment of the application clock. */
    LocalDate today(OrganisationId organisation);

    /** The today of each of these organisations, read in one query (Moscow's for an unknown one). */
    Map<OrganisationId, LocalDate> today(Collection<OrganisationId> organisations);

    /**
     * Every organisation's today, read in one query: for a job that runs for all schools at once and decides for each
     * school by its own date.
     */
    SchoolDays everywhere();
}
