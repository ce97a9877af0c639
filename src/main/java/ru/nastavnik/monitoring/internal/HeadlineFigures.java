package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventTallies;
import ru.nastavnik.mentorship.MentorshipFigures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.StaffFigures;
import ru.nastavnik.practices.PracticeFigures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.training.TrainingFigures;

/**
 * A dashboard's headline indicators ({@link DashboardFigures#HEADLINE}) over several periods at once, each figure
 * computed exactly as in the indicator table ({@link IndicatorFigures}) but only what the tiles and units show: no
 * attendances, mentor–mentee links, payments, qualification or retention. What does not depend on the period — the
 * access check, the area's tree, the "young" settings in force and each school's date — is read once for all
 * periods. On the seeded region the dashboard took p95 380 ms computed as two indicator tables, 197 ms so
 * (docs/monitoring-dashboard-speed.md).
 */
@Service
@Transactional(readOnly = true)
class HeadlineFigures {

    /** The headline figures of one period: the area's total and a row per school (and the area's own, if any). */
    record Table(IndicatorPeriod period, Map<String, Figure> total, List<IndicatorTable.Row> rows) {}

    /** The area's tree (itself and everything below) and a table per period asked, in the order asked. */
    record Area(List<OrganisationSummary> tree, List<Table> tables) {}

    private final IndicatorAccess access;
    private final Organisations organisations;
    private final MonitoringSettingsManagement settings;
    private final StaffFigures staff;
    private final MentorshipFigures mentorship;
    private final EventTallies events;
    private final TrainingFigures training;
    private final PracticeFigures practices;
    private final SchoolDates dates;

    HeadlineFigures(
            IndicatorAccess access,
            Organisations organisations,
            MonitoringSettingsManagement settings,
            StaffFigures staff,
            MentorshipFigures mentorship,
            EventTallies events,
            TrainingFigures training,
            PracticeFigures practices,
            SchoolDates dates) {
        this.access = access;
        this.organisations = organisations;
        this.settings = settings;
        this.staff = staff;
        this.mentorship = mentorship;
        this.events = events;
        this.training = training;
        this.practices = practices;
        this.dates = dates;
    }

    Area of(NastavnikPrincipal caller, OrganisationId organisation, List<IndicatorPeriod> periods) {
        access.check(caller, organisation);
        return unchecked(organisation, periods);
    }

    /** The figures of an organisation whose access was checked (a school's area, for the school's row). */
    Area unchecked(OrganisationId organisation, List<IndicatorPeriod> periods) {
        List<OrganisationSummary> tree = organisations.subtree(organisation);
        List<OrganisationSummary> schools = tree.stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .sorted(Comparator.comparing(OrganisationSummary::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
        List<OrganisationId> schoolIds =
                schools.stream().map(OrganisationSummary::id).toList();
        Map<OrganisationId, MonitoringSettings> inForce = settings.inForce(organisation, tree);
        // schools that define "young" alike are counted by one query (usually all of a region's)
        Map<List<Integer>, List<OrganisationId>> alike = schoolIds.stream()
                .collect(Collectors.groupingBy(s ->
                        List.of(inForce.get(s).youngMaxAge(), inForce.get(s).youngMaxTeachingYears())));
        Map<OrganisationId, LocalDate> today = dates.today(schoolIds);
        List<OrganisationId> organisers =
                tree.stream().map(OrganisationSummary::id).toList();
        List<Table> tables = new ArrayList<>();
        for (IndicatorPeriod period : periods) {
            Tally tally = new Tally();
            gatherPeople(tally, alike, period);
            gatherWaiting(tally, schoolIds, today, period);
            gatherRest(tally, schoolIds, organisers, period);
            tables.add(table(tally, organisation, tree, schools, period));
        }
        return new Area(tree, tables);
    }

    private void gatherPeople(Tally tally, Map<List<Integer>, List<OrganisationId>> alike, IndicatorPeriod period) {
        Map<OrganisationId, StaffFigures.Counts> counts = new HashMap<>();
        Map<OrganisationId, MentorshipFigures.Headcount> people = new HashMap<>();
        alike.forEach((young, schools) -> {
            counts.putAll(staff.of(schools, period.to(), young.get(0), young.get(1)));
            people.putAll(mentorship.headcount(schools, period.from(), period.to(), young.get(0), young.get(1)));
        });
        alike.values().stream().flatMap(List::stream).forEach(school -> {
            StaffFigures.Counts c = counts.getOrDefault(school, new StaffFigures.Counts(0, 0, Map.of()));
            MentorshipFigures.Headcount p = people.getOrDefault(school, new MentorshipFigures.Headcount(0, 0, 0, 0));
            tally.add(school, Indicator.YOUNG_WITH_MENTOR, new Figure(p.youngMentees(), c.young()));
            tally.add(school, Indicator.STAFF_INVOLVED, new Figure(p.involved(), c.staff()));
            tally.add(school, Indicator.MENTORS, Figure.count(p.mentors()));
        });
    }

    /** The bank as it stood at the period's end, or today while it runs; schools on one date in one query. */
    private void gatherWaiting(
            Tally tally, List<OrganisationId> schools, Map<OrganisationId, LocalDate> today, IndicatorPeriod period) {
        schools.stream()
                .collect(Collectors.groupingBy(s -> period.dayOfBank(today.get(s))))
                .forEach((day, same) -> mentorship
                        .waiting(same, day)
                        .forEach((school, w) ->
                                tally.add(school, Indicator.MENTEES_WAITING, Figure.count(w.mentees()))));
    }

    private void gatherRest(
            Tally tally, List<OrganisationId> schools, List<OrganisationId> organisers, IndicatorPeriod period) {
        mentorship
                .forms(schools, period.from(), period.to())
                .forEach((school, forms) -> forms.forEach(f -> {
                    tally.add(school, Indicator.PAIRS, f.form(), Figure.count(f.pairs()));
                    tally.add(school, Indicator.GROUPS, f.form(), Figure.count(f.groups()));
                }));
        mentorship
                .programmes(schools, period.from(), period.to())
                .forEach((school, p) -> tally.add(school, Indicator.PROGRAMMES_APPROVED, Figure.count(p.approved())));
        events.countedBy(organisers, period.from(), period.to())
                .forEach((o, kinds) -> kinds.forEach(
                        (kind, held) -> tally.add(o, Indicator.EVENTS_HELD, kind.name(), Figure.count(held))));
        training.bySchool(schools, period.from(), period.to())
                .forEach(
                        (school, t) -> tally.add(school, Indicator.MENTORS_TRAINED, Figure.count(t.trainedInPeriod())));
        practices
                .byLevel(schools, period.from(), period.to())
                .forEach((o, levels) ->
                        levels.forEach((level, n) -> tally.add(o, Indicator.PRACTICES, level.name(), Figure.count(n))));
    }

    /** As the indicator table: a row per school, a row per area body that organised anything, their sum. */
    private static Table table(
            Tally tally,
            OrganisationId organisation,
            List<OrganisationSummary> tree,
            List<OrganisationSummary> schools,
            IndicatorPeriod period) {
        List<IndicatorTable.Row> rows = tally.rows(organisation, tree, schools);
        return new Table(
                period, Tally.sum(rows.stream().map(IndicatorTable.Row::figures).toList()), rows);
    }
}
