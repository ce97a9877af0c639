package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventKind;
import ru.nastavnik.events.EventTallies;
import ru.nastavnik.mentorship.MentorshipFigures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Organisations;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.people.QualificationCategory;
import ru.nastavnik.people.StaffFigures;
import ru.nastavnik.practices.PracticeFigures;
import ru.nastavnik.practices.PracticeLevel;
import ru.nastavnik.publishing.PublicationFigures;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The indicator table of a school, a municipality or a region over a period. Each group of indicators is one
 * aggregate query over all the schools of the area (the number of queries does not grow with the schools); the
 * area's figures are the sums of its schools' numerators and bases. "Young": as each school's
 * {@link MonitoringSettings} say (inherited from its municipality or region), on the period's last day. A
 * territory's table is kept for a minute ({@link AreaTables}); a school's is computed at every view.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorFigures {

    private final IndicatorAccess access;
    private final Organisations organisations;
    private final StaffFigures staff;
    private final MentorshipFigures mentorship;
    private final EventTallies events;
    private final PracticeFigures practices;
    private final ru.nastavnik.training.TrainingFigures training;
    private final ImpactFigures impact;
    private final SchoolDates dates;
    private final MonitoringSettingsManagement settings;
    private final PublicationFigures publications;
    private final RetentionIndicator retention;
    private final AreaTables areas;

    IndicatorFigures(
            IndicatorAccess access,
            Organisations organisations,
            StaffFigures staff,
            MentorshipFigures mentorship,
            EventTallies events,
            PracticeFigures practices,
            SchoolDates dates,
            MonitoringSettingsManagement settings,
            ru.nastavnik.training.TrainingFigures training,
            ImpactFigures impact,
            PublicationFigures publications,
            RetentionIndicator retention,
            AreaTables areas) {
        this.areas = areas;
        this.publications = publications;
        this.retention = retention;
        this.training = training;
        this.impact = impact;
        this.access = access;
        this.organisations = organisations;
        this.staff = staff;
        this.mentorship = mentorship;
        this.events = events;
        this.practices = practices;
        this.dates = dates;
        this.settings = settings;
    }

    /**
     * The figures as the caller may see them: from outside the school, none over fewer than three people, and none that
     * could be worked out from the others and a total ({@link Disclosure}). A school seen from outside shows its row of
     * its area's table, so that its page hides what the area's does.
     */
    public IndicatorTable of(NastavnikPrincipal caller, OrganisationId organisation, IndicatorPeriod period) {
        IndicatorTable table = computed(caller, organisation, period);
        if (caller.hasAnyIn(organisation, ru.nastavnik.shared.Role.DIRECTOR, ru.nastavnik.shared.Role.CURATOR)) {
            return table;
        }
        if (table.area()) {
            Disclosure.Shown shown = Disclosure.of(organisation, table.total(), table.rows());
            return new IndicatorTable(
                    table.organisation(),
                    table.name(),
                    table.area(),
                    table.period(),
                    table.lines(),
                    shown.total(),
                    shown.rows());
        }
        Map<String, Figure> shown = organisations
                .find(organisation)
                .map(OrganisationSummary::parentId)
                .map(area -> {
                    IndicatorTable above = unchecked(area, period);
                    return Disclosure.of(area, above.total(), above.rows()).school(organisation);
                })
                .orElseGet(() ->
                        Disclosure.of(organisation, table.total(), List.of()).total());
        return new IndicatorTable(
                table.organisation(), table.name(), false, table.period(), table.lines(), shown, List.of());
    }

    /** Every figure as computed (the arithmetic the tests check by hand). */
    IndicatorTable computed(NastavnikPrincipal caller, OrganisationId organisation, IndicatorPeriod period) {
        access.check(caller, organisation);
        return unchecked(organisation, period);
    }

    /** The table of an area or a school whose access was checked (a school's area, for the school's row). */
    private IndicatorTable unchecked(OrganisationId organisation, IndicatorPeriod period) {
        List<OrganisationSummary> tree = organisations.subtree(organisation);
        OrganisationSummary self = tree.stream()
                .filter(o -> o.id().equals(organisation))
                .findFirst()
                .orElseThrow();
        boolean area = self.kind() != OrganisationKind.ORGANISATION;
        return areas.of(organisation, area, period, () -> tallied(self, area, tree, period));
    }

    /** How long a territory's table may be shown after it was computed (zero: computed at every view). */
    public java.time.Duration areaMaxAge() {
        return areas.maxAge();
    }

    private IndicatorTable tallied(
            OrganisationSummary self, boolean area, List<OrganisationSummary> tree, IndicatorPeriod period) {
        OrganisationId organisation = self.id();
        List<OrganisationSummary> schools = tree.stream()
                .filter(o -> o.kind() == OrganisationKind.ORGANISATION)
                .sorted(Comparator.comparing(OrganisationSummary::name, ru.nastavnik.shared.RussianOrder.NAMES))
                .toList();
        List<OrganisationId> schoolIds =
                schools.stream().map(OrganisationSummary::id).toList();
        Tally tally = new Tally();
        Map<Indicator, TreeSet<String>> forms =
                Map.of(Indicator.PAIRS, new TreeSet<>(), Indicator.GROUPS, new TreeSet<>());
        Map<OrganisationId, MonitoringSettings> young = settings.inForce(organisation, tree);
        // each school's figures are taken on its own date (one query for all of them)
        Map<OrganisationId, LocalDate> today = dates.today(schoolIds);
        gatherPeople(tally, schoolIds, period, young, today);
        retention.gather(tally, schoolIds, period, young, today);
        gatherPairs(tally, schoolIds, period, forms);
        gatherEvents(tally, tree.stream().map(OrganisationSummary::id).toList(), period);
        training.bySchool(schoolIds, period.from(), period.to()).forEach((school, t) -> {
            tally.add(school, Indicator.MENTORS_TRAINED, Figure.count(t.trainedInPeriod()));
            tally.add(school, Indicator.TRAINING_HOURS, Figure.count(t.hours()));
        });
        impact.gather(tally, schoolIds, period);
        // a municipality's or region's own news count in its own row, as its own events do
        publications
                .published(tree.stream().map(OrganisationSummary::id).toList(), period.from(), period.to())
                .forEach((o, sources) -> sources.forEach(
                        (source, n) -> tally.add(o, Indicator.NEWS_PUBLISHED, source.name(), Figure.count(n))));
        practices
                .byLevel(schoolIds, period.from(), period.to())
                .forEach((o, levels) ->
                        levels.forEach((level, n) -> tally.add(o, Indicator.PRACTICES, level.name(), Figure.count(n))));
        List<IndicatorTable.Row> rows = tally.rows(organisation, tree, schools);
        return new IndicatorTable(
                organisation,
                self.name(),
                area,
                period,
                lines(forms),
                Tally.sum(rows.stream().map(IndicatorTable.Row::figures).toList()),
                rows);
    }

    /** Schools that define "young" alike are counted by one query (usually all of a region's). */
    private void gatherPeople(
            Tally tally,
            List<OrganisationId> schools,
            IndicatorPeriod period,
            Map<OrganisationId, MonitoringSettings> inForce,
            Map<OrganisationId, LocalDate> today) {
        Map<OrganisationId, StaffFigures.Counts> counts = new java.util.HashMap<>();
        Map<OrganisationId, MentorshipFigures.People> people = new java.util.HashMap<>();
        schools.stream()
                .collect(java.util.stream.Collectors.groupingBy(s ->
                        List.of(inForce.get(s).youngMaxAge(), inForce.get(s).youngMaxTeachingYears())))
                .forEach((young, alike) -> {
                    counts.putAll(staff.of(alike, period.to(), young.get(0), young.get(1)));
                    people.putAll(mentorship.people(alike, period.from(), period.to(), young.get(0), young.get(1)));
                });
        for (OrganisationId school : schools) {
            StaffFigures.Counts c = counts.getOrDefault(school, new StaffFigures.Counts(0, 0, Map.of()));
            MentorshipFigures.People p = people.getOrDefault(school, new MentorshipFigures.People(0, 0, 0, 0, 0, 0));
            tally.add(school, Indicator.YOUNG_WITH_MENTOR, new Figure(p.youngMentees(), c.young()));
            tally.add(school, Indicator.STAFF_INVOLVED, new Figure(p.involved(), c.staff()));
            tally.add(school, Indicator.MENTORS, Figure.count(p.mentors()));
            tally.add(school, Indicator.MENTORS_SHARE, new Figure(p.mentors(), c.staff()));
            tally.add(school, Indicator.MENTOR_LOAD, new Figure(p.links(), p.mentors()));
            tally.add(school, Indicator.MENTORS_PAID, Figure.count(p.paidMentors()));
            c.categories().forEach((category, n) -> {
                if (category != QualificationCategory.NONE) {
                    tally.add(school, Indicator.QUALIFICATION, category.name(), Figure.count(n));
                }
            });
        }
        // the bank as it stood at the period's end, or today while the period runs; schools on the same date (at
        // most two at any moment across Russia) are read by one query
        schools.stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> period.dayOfBank(today.get(s))))
                .forEach((day, alike) -> mentorship.waiting(alike, day).forEach((school, w) -> {
                    tally.add(school, Indicator.MENTEES_WAITING, Figure.count(w.mentees()));
                    tally.add(school, Indicator.MENTEES_SUPPORTED, Figure.count(w.supported()));
                    tally.add(school, Indicator.WAITING_DAYS, new Figure(w.days(), w.mentees()));
                }));
    }

    /** Pairs and groups by form; a form is a line of pairs or of groups only where there are some. */
    private void gatherPairs(
            Tally tally, List<OrganisationId> schools, IndicatorPeriod period, Map<Indicator, TreeSet<String>> forms) {
        mentorship
                .forms(schools, period.from(), period.to())
                .forEach((school, list) -> list.forEach(f -> {
                    if (f.pairs() > 0) {
                        forms.get(Indicator.PAIRS).add(f.form());
                    }
                    if (f.groups() > 0) {
                        forms.get(Indicator.GROUPS).add(f.form());
                    }
                    tally.add(school, Indicator.PAIRS, f.form(), Figure.count(f.pairs()));
                    tally.add(school, Indicator.GROUPS, f.form(), Figure.count(f.groups()));
                }));
        mentorship.programmes(schools, period.from(), period.to()).forEach((school, p) -> {
            tally.add(school, Indicator.PROGRAMMES_APPROVED, Figure.count(p.approved()));
            tally.add(school, Indicator.PROGRAMMES_ON_TIME, Figure.count(p.onTime()));
            tally.add(school, Indicator.PROGRAMMES_EARLY, Figure.count(p.early()));
            tally.add(school, Indicator.PROGRAMMES_TERMINATED, Figure.count(p.terminated()));
        });
    }

    private void gatherEvents(Tally tally, List<OrganisationId> organisers, IndicatorPeriod period) {
        events.heldBy(organisers, period.from(), period.to())
                .forEach((o, kinds) -> kinds.forEach((kind, held) -> {
                    tally.add(o, Indicator.EVENTS_HELD, kind.name(), Figure.count(held.events()));
                    tally.add(o, Indicator.EVENT_PARTICIPANTS, kind.name(), Figure.count(held.participants()));
                }));
    }

    /** The catalogue in order; an indicator with parts is followed by each part. */
    private static List<IndicatorLine> lines(Map<Indicator, TreeSet<String>> forms) {
        List<IndicatorLine> lines = new ArrayList<>();
        for (Indicator indicator : Indicator.values()) {
            lines.add(IndicatorLine.whole(indicator));
            switch (indicator) {
                case PAIRS, GROUPS ->
                    forms.get(indicator).forEach(f -> lines.add(new IndicatorLine(indicator, f, null, f)));
                case EVENTS_HELD, EVENT_PARTICIPANTS ->
                    Arrays.stream(EventKind.values())
                            .forEach(k -> lines.add(new IndicatorLine(indicator, k.name(), k.messageKey(), null)));
                case PRACTICES ->
                    Arrays.stream(PracticeLevel.values())
                            .forEach(l -> lines.add(new IndicatorLine(indicator, l.name(), l.messageKey(), null)));
                case NEWS_PUBLISHED ->
                    Arrays.stream(PublicationSource.values())
                            .forEach(s -> lines.add(new IndicatorLine(indicator, s.name(), s.messageKey(), null)));
                case QUALIFICATION, QUALIFICATION_EARNED ->
                    Arrays.stream(QualificationCategory.values())
                            .filter(c -> c != QualificationCategory.NONE)
                            .forEach(c -> lines.add(new IndicatorLine(indicator, c.name(), c.messageKey(), null)));
                case CONTESTS, CONTESTS_WON ->
                    Arrays.stream(ContestLevel.values())
                            .forEach(l -> lines.add(new IndicatorLine(indicator, l.name(), l.messageKey(), null)));
                case PUBLICATIONS ->
                    Arrays.stream(PublicationKind.values())
                            .forEach(k -> lines.add(new IndicatorLine(indicator, k.name(), k.messageKey(), null)));
                case SATISFACTION ->
                    List.of(ImpactFigures.MENTORS, ImpactFigures.MENTEES)
                            .forEach(p -> lines.add(new IndicatorLine(indicator, p, "review.satisfaction." + p, null)));
                case RETENTION ->
                    RetentionIndicator.PARTS.forEach(p ->
                            lines.add(new IndicatorLine(indicator, p, "staffRetention.indicator.part." + p, null)));
                default -> {}
            }
        }
        return lines;
    }
}
