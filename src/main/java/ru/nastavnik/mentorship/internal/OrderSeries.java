package ru.nastavnik.mentorship.internal;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The series of the order register: a suffix per kind of order (a school's setting, «-о» by default), and the next
 * number in a series for a year — a suggestion the curator may change, since the school's register also holds
 * orders made outside the system; a number taken that year is refused at registration either way.
 */
@Service
@Transactional
public class OrderSeries {

    static final String DEFAULT_SUFFIX = "-о";
    private static final Pattern SUFFIX = Pattern.compile("[-/]?[\\p{L}\\p{Nd}]{0,8}");

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final SchoolDates dates;

    OrderSeries(JdbcClient jdbc, ApplicationEventPublisher events, SchoolDates dates) {
        this.dates = dates;
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Map<OrderKind, String> suffixes(NastavnikPrincipal caller, OrganisationId organisation) {
        PairManagement.check(caller, organisation);
        Map<OrderKind, String> suffixes = new EnumMap<>(OrderKind.class);
        for (OrderKind kind : OrderKind.values()) {
            suffixes.put(kind, DEFAULT_SUFFIX);
        }
        jdbc.sql("select kind, suffix from mentorship_order_series where organisation_id = ?")
                .param(organisation.value())
                .query((rs, n) -> suffixes.put(OrderKind.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        return suffixes;
    }

    public Map<OrderKind, String> set(
            NastavnikPrincipal caller, OrganisationId organisation, OrderKind kind, String suffix) {
        PairManagement.check(caller, organisation);
        String clean = suffix == null ? "" : suffix.strip();
        if (kind == null) {
            throw InvalidInputException.of("kind", "mentorship.series.kind.required");
        }
        if (!SUFFIX.matcher(clean).matches()) {
            throw InvalidInputException.of("suffix", "mentorship.series.suffix.invalid");
        }
        jdbc.sql("""
                insert into mentorship_order_series (organisation_id, kind, suffix) values (?, ?, ?)
                on conflict (organisation_id, kind) do update set suffix = excluded.suffix""").params(organisation.value(), kind.name(), clean).update();
        events.publishEvent(new AuditEvent(
                organisation,
                AuditAction.UPDATE,
                "OrderSeries",
                null,
                "серия номеров приказов «" + kind.name() + "»: «" + clean + "»"));
        return suffixes(caller, organisation);
    }

    /** The next number of each kind's series in a year: the largest number with its suffix that year, plus one. */
    @Transactional(readOnly = true)
    public Map<OrderKind, String> next(NastavnikPrincipal caller, OrganisationId organisation, int year) {
        Map<OrderKind, String> suffixes = suffixes(caller, organisation);
        java.util.List<String> taken = jdbc.sql(
                        "select number from mentorship_order where organisation_id = ? and order_year = ?"
                                + " and number is not null")
                .params(organisation.value(), year)
                .query(String.class)
                .list();
        Map<OrderKind, String> next = new EnumMap<>(OrderKind.class);
        suffixes.forEach((kind, suffix) -> next.put(kind, (highest(taken, suffix) + 1) + suffix));
        return next;
    }

    static int highest(java.util.List<String> numbers, String suffix) {
        Pattern pattern = Pattern.compile("(\\d+)" + Pattern.quote(suffix));
        int highest = 0;
        for (String number : numbers) {
            Matcher m = pattern.matcher(number.strip());
            if (m.matches() && m.group(1).length() < 9) {
                highest = Math.max(highest, Integer.parseInt(m.group(1)));
            }
        }
        return highest;
    }

    /** The organisation's own date (its time zone's), for a page's default dates. */
    public LocalDate today(OrganisationId organisation) {
        return dates.today(organisation);
    }
}
