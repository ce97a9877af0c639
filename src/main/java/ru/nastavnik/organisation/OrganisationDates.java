package ru.nastavnik.organisation;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import ru.nastavnik.shared.OrganisationId;

/**
 * {@link SchoolDates} by a primary-key read of the zone. Not kept between requests: the application never changes a
 * zone, but an operator may correct one in the table, and a node keeping it would show the old date. Within one
 * request it is read once: a page asks its school's date several times (the roadmap four: its plan, its figures'
 * valid consents, its deadlines).
 */
@Component
class OrganisationDates implements SchoolDates {

    private static final String READ_IN_THIS_REQUEST = OrganisationDates.class.getName() + ".zones";

    private final JdbcClient jdbc;
    private final Clock clock;

    OrganisationDates(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public ZoneId zone(OrganisationId organisation) {
        Map<OrganisationId, ZoneId> read = readInThisRequest();
        return read == null ? read(organisation) : read.computeIfAbsent(organisation, this::read);
    }

    private ZoneId read(OrganisationId organisation) {
        return jdbc.sql("select time_zone from organisation where id = ?")
                .param(organisation.value())
                .query(String.class)
                .optional()
                .map(OrganisationDates::parse)
                .orElse(DEFAULT_ZONE);
    }

    /** The zones this request has read (none outside a request: a scheduled job reads each time). */
    @SuppressWarnings("unchecked")
    private static Map<OrganisationId, ZoneId> readInThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object read = request.getAttribute(READ_IN_THIS_REQUEST, RequestAttributes.SCOPE_REQUEST);
        if (read == null) {
            read = new ConcurrentHashMap<OrganisationId, ZoneId>();
            request.setAttribute(READ_IN_THIS_REQUEST, read, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<OrganisationId, ZoneId>) read;
    }

    @Override
    public LocalDate today(OrganisationId organisation) {
        // ofInstant, not LocalDate.now(clock.withZone(…)): the date must follow the instant whatever the clock's zone
        return LocalDate.ofInstant(clock.instant(), zone(organisation));
    }

    @Override
    public Map<OrganisationId, LocalDate> today(Collection<OrganisationId> organisations) {
        Instant now = clock.instant();
        Map<OrganisationId, LocalDate> days = new HashMap<>();
        organisations.forEach(o -> days.put(o, LocalDate.ofInstant(now, DEFAULT_ZONE)));
        if (!organisations.isEmpty()) {
            UUID[] ids =
                    organisations.stream().map(OrganisationId::value).distinct().toArray(UUID[]::new);
            jdbc.sql("select id, time_zone from organisation where id = any(?)")
                    .param(ids)
                    .query((rs, n) -> days.put(
                            new OrganisationId(rs.getObject("id", UUID.class)),
                            LocalDate.ofInstant(now, parse(rs.getString("time_zone")))))
                    .list();
        }
        return days;
    }

    @Override
    public SchoolDays everywhere() {
        Map<OrganisationId, ZoneId> zones = new HashMap<>();
        jdbc.sql("select id, time_zone from organisation")
                .query((rs, n) ->
                        zones.put(new OrganisationId(rs.getObject("id", UUID.class)), parse(rs.getString("time_zone"))))
                .list();
        return new SchoolDays(clock.instant(), zones);
    }

    /** A blank or unknown zone (typed by hand into the table) is Moscow's: a wrong date is better than no page. */
    static ZoneId parse(String zone) {
        if (zone == null || zone.isBlank()) {
            return DEFAULT_ZONE;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            return DEFAULT_ZONE;
        }
    }
}
