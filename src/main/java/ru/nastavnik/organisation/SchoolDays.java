package ru.nastavnik.organisation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import ru.nastavnik.shared.OrganisationId;

/**
 * The date of every organisation at one instant, for a job over all schools. {@link #latest()} is the date no school
 * is past yet (the easternmost one's), so a query for "due by today" may take candidates by it and the job then keeps
 * each one only if it is due by its own school's {@link #of} date.
 */
public final class SchoolDays {

    private final Instant at;
    private final Map<OrganisationId, ZoneId> zones;

    SchoolDays(Instant at, Map<OrganisationId, ZoneId> zones) {
        this.at = at;
        this.zones = Map.copyOf(zones);
    }

    /** The organisation's date; Moscow's for one not read (created since). */
    public LocalDate of(OrganisationId organisation) {
        return LocalDate.ofInstant(at, zones.getOrDefault(organisation, SchoolDates.DEFAULT_ZONE));
    }

    /** The latest date any organisation is on (never earlier than Moscow's). */
    public LocalDate latest() {
        LocalDate latest = LocalDate.ofInstant(at, SchoolDates.DEFAULT_ZONE);
        for (ZoneId zone : zones.values()) {
            LocalDate day = LocalDate.ofInstant(at, zone);
            if (day.isAfter(latest)) {
                latest = day;
            }
        }
        return latest;
    }
}
