package ru.nastavnik.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.ForbiddenException;
import ru.nastavnik.shared.HolidayPeriod;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.InvalidInputException.Problem;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.SchoolTerm;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The pupils' holidays of each organisation's school year. A school approves its own calendar (the federal education
 * programme leaves the dates to it, a four-quarter and a trimester school differ); most follow what their region or
 * municipality recommends, so a territory's methodologist sets them once for all its schools, and a school sets its
 * own only where it differs.
 */
@Service("schoolCalendars")
@Transactional
class SchoolHolidaysManagement implements SchoolCalendars {

    /** Several school years of four or five periods; more is not a calendar. */
    static final int MAXIMUM_PERIODS = 60;

    private final OrganisationRepository organisations;
    private final OrganisationManagement management;
    private final OrganisationFacts facts;
    private final SchoolTerm system;
    private final ApplicationEventPublisher events;

    SchoolHolidaysManagement(
            OrganisationRepository organisations,
            OrganisationManagement management,
            OrganisationFacts facts,
            SchoolTerm system,
            ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.management = management;
        this.facts = facts;
        this.system = system;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public SchoolTerm termOf(OrganisationId organisation) {
        return nearest(organisation)
                .map(o -> system.withHolidays(
                        o.holidays().stream().flatMap(HolidayPeriod::days).toList()))
                .orElse(system);
    }

    @Override
    @Transactional(readOnly = true)
    public Holidays holidays(NastavnikPrincipal caller, OrganisationId id) {
        return view(caller, visible(caller, id));
    }

    @Override
    public Holidays setHolidays(NastavnikPrincipal caller, OrganisationId id, List<String> periods, Long readVersion) {
        Organisation organisation = visible(caller, id);
        if (!mayEdit(caller, organisation)) {
            throw new ForbiddenException("Only the school's director or curator, or the territory's methodologist, "
                    + "sets the pupils' holidays");
        }
        List<HolidayPeriod> parsed = parse(periods);
        organisation.holidays(parsed, readVersion);
        // the answer carries the new version (the next edit's If-Match), which the flush assigns
        organisations.flush();
        events.publishEvent(new AuditEvent(
                id,
                AuditAction.UPDATE,
                "Organisation",
                id.value(),
                "каникулы обучающихся: " + (parsed.isEmpty() ? "как у вышестоящей организации" : joined(parsed))));
        return view(caller, organisation);
    }

    private static String joined(List<HolidayPeriod> periods) {
        return periods.stream().map(HolidayPeriod::toString).collect(Collectors.joining(", "));
    }

    /** Every period of the list, or a refusal naming each one that is not one (blank lines are no periods). */
    static List<HolidayPeriod> parse(List<String> texts) {
        List<HolidayPeriod> periods = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i) == null ? "" : texts.get(i).strip();
            if (text.isEmpty()) {
                continue;
            }
            try {
                periods.add(HolidayPeriod.parse(text));
            } catch (HolidayPeriod.Invalid e) {
                String key = switch (e.reason()) {
                    case NOT_A_PERIOD -> "organisation.holidays.notAPeriod";
                    case NOT_A_DATE -> "organisation.holidays.notADate";
                    case TOO_LONG -> "organisation.holidays.tooLong";
                };
                problems.add(Problem.field("periods", key, i + 1, text, HolidayPeriod.MAXIMUM_DAYS));
            }
        }
        if (periods.size() > MAXIMUM_PERIODS) {
            problems.add(Problem.field("periods", "organisation.holidays.tooMany", MAXIMUM_PERIODS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return periods;
    }

    private Organisation visible(NastavnikPrincipal caller, OrganisationId id) {
        if (!management.mayView(caller, id)) {
            throw new NotFoundException();
        }
        return organisations.findById(id.value()).orElseThrow(NotFoundException::new);
    }

    private Holidays view(NastavnikPrincipal caller, Organisation organisation) {
        Optional<Organisation> source = nearest(organisation.id());
        return new Holidays(
                source.map(Organisation::holidays).orElseGet(system::holidayPeriods),
                source.map(Organisation::id).orElse(null),
                source.map(Organisation::name).orElse(null),
                source.filter(o -> o.id().equals(organisation.id())).isPresent(),
                mayEdit(caller, organisation),
                organisation.version());
    }

    /**
     * The organisation or the nearest one above it that has holidays of its own, read one by one upwards: most schools
     * stop at themselves or their municipality, and a lookup by id needs no query of its own to be built (findAllById
     * built and translated a criteria query on every call of the matching and pair forms).
     */
    private Optional<Organisation> nearest(OrganisationId id) {
        for (UUID step : facts.lineage(id.value())) {
            Optional<Organisation> found = organisations.findById(step);
            if (found.isPresent() && !found.get().holidays().isEmpty()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static boolean mayEdit(NastavnikPrincipal caller, Organisation organisation) {
        OrganisationId id = organisation.id();
        return caller.isSystemAdmin()
                || switch (organisation.kind()) {
                    case ORGANISATION -> caller.hasAnyIn(id, Role.DIRECTOR, Role.CURATOR);
                    case MUNICIPALITY -> caller.has(Role.MUNICIPAL_METHODOLOGIST, id);
                    case REGION -> caller.has(Role.REGIONAL_METHODOLOGIST, id);
                };
    }
}
