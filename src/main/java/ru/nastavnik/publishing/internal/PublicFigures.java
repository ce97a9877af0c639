package ru.nastavnik.publishing.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.EventTallies;
import ru.nastavnik.mentorship.MentorshipFigures;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.practices.PracticeFigures;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.training.TrainingFigures;

/**
 * The headline figures a public section shows, from the start of the year to today (the section's organisation's
 * date): a school's, those it chose, in its order; an area's (or its chosen school's), every figure any of its schools
 * chose, each the sum over the schools that chose it, in the catalogue's order — the small-number rule applied to the
 * sum. Counted as monitoring counts them, through the modules' figure APIs: one aggregate query per kind of source
 * asked for (pairs' people, pairs, programmes, training, events, practices) whatever the number of schools, and only
 * over the schools that chose a figure of it. Read when a page is rendered, i.e. once per version of the cached page.
 */
@Service
@Transactional(readOnly = true)
public class PublicFigures {

    /** "Young" does not enter any public figure; the headcount query asks for a definition all the same. */
    private static final int ANY_AGE = 35;

    private static final int ANY_YEARS = 3;

    /** One shown figure: its sum, how the public reads it, over how many schools (an area's page says so). */
    public record Line(PublicFigure figure, long value, String shown, int schools) {

        public String key() {
            return figure.key();
        }

        public String messageKey() {
            return figure.messageKey();
        }
    }

    /** What the section shows: nothing when no school in it chose a figure; {@code from}–{@code asOf}: the period. */
    public record Shown(List<Line> lines, LocalDate from, LocalDate asOf, boolean area) {

        public boolean isEmpty() {
            return lines.isEmpty();
        }
    }

    private final PublicFigureChoices choices;
    private final SchoolDates dates;
    private final MentorshipFigures mentorship;
    private final EventTallies events;
    private final TrainingFigures training;
    private final PracticeFigures practices;

    PublicFigures(
            PublicFigureChoices choices,
            SchoolDates dates,
            MentorshipFigures mentorship,
            EventTallies events,
            TrainingFigures training,
            PracticeFigures practices) {
        this.choices = choices;
        this.dates = dates;
        this.mentorship = mentorship;
        this.events = events;
        this.training = training;
        this.practices = practices;
    }

    /** The figures of the section's schools in view ({@link PublicSection#shown()}), as of the section's today. */
    public Shown of(PublicSection section) {
        LocalDate today = dates.today(section.organisation());
        LocalDate from = today.withDayOfYear(1);
        Map<OrganisationId, List<PublicFigure>> chosen = choices.chosenBy(section.shown());
        if (chosen.isEmpty()) {
            return new Shown(List.of(), from, today, section.area());
        }
        Map<PublicFigure, List<OrganisationId>> choosers = new EnumMap<>(PublicFigure.class);
        chosen.forEach((school, figures) -> figures.forEach(
                f -> choosers.computeIfAbsent(f, x -> new ArrayList<>()).add(school)));
        Map<PublicFigure, Map<OrganisationId, Long>> counted = count(choosers, from, today);
        List<PublicFigure> order = section.area()
                ? List.copyOf(EnumSet.copyOf(choosers.keySet()))
                : chosen.getOrDefault(section.organisation(), List.of());
        List<Line> lines = order.stream()
                .map(f -> {
                    Map<OrganisationId, Long> bySchool = counted.getOrDefault(f, Map.of());
                    long sum = choosers.get(f).stream()
                            .mapToLong(s -> bySchool.getOrDefault(s, 0L))
                            .sum();
                    return new Line(f, sum, f.shown(sum), choosers.get(f).size());
                })
                .toList();
        return new Shown(lines, from, today, section.area());
    }

    /** Each figure's count by school, each source read once over the schools that chose any figure of it. */
    private Map<PublicFigure, Map<OrganisationId, Long>> count(
            Map<PublicFigure, List<OrganisationId>> choosers, LocalDate from, LocalDate to) {
        Map<PublicFigure, Map<OrganisationId, Long>> counted = new EnumMap<>(PublicFigure.class);
        Set<OrganisationId> people = schoolsOf(choosers, PublicFigure.MENTORS, PublicFigure.MENTEES);
        if (!people.isEmpty()) {
            Map<OrganisationId, MentorshipFigures.Headcount> heads =
                    mentorship.headcount(people, from, to, ANY_AGE, ANY_YEARS);
            counted.put(PublicFigure.MENTORS, each(heads, MentorshipFigures.Headcount::mentors));
            counted.put(PublicFigure.MENTEES, each(heads, MentorshipFigures.Headcount::mentees));
        }
        Set<OrganisationId> pairs = schoolsOf(choosers, PublicFigure.PAIRS, PublicFigure.GROUPS);
        if (!pairs.isEmpty()) {
            Map<OrganisationId, List<MentorshipFigures.Form>> forms = mentorship.forms(pairs, from, to);
            counted.put(
                    PublicFigure.PAIRS,
                    each(
                            forms,
                            f -> f.stream()
                                    .mapToLong(MentorshipFigures.Form::pairs)
                                    .sum()));
            counted.put(
                    PublicFigure.GROUPS,
                    each(
                            forms,
                            f -> f.stream()
                                    .mapToLong(MentorshipFigures.Form::groups)
                                    .sum()));
        }
        Set<OrganisationId> programmes = schoolsOf(choosers, PublicFigure.PROGRAMMES_COMPLETED);
        if (!programmes.isEmpty()) {
            counted.put(
                    PublicFigure.PROGRAMMES_COMPLETED,
                    each(mentorship.programmes(programmes, from, to), p -> p.onTime() + p.early()));
        }
        Set<OrganisationId> trained = schoolsOf(choosers, PublicFigure.MENTORS_TRAINED);
        if (!trained.isEmpty()) {
            counted.put(PublicFigure.MENTORS_TRAINED, training.completedBy(trained, from, to));
        }
        Set<OrganisationId> held = schoolsOf(choosers, PublicFigure.EVENTS_HELD);
        if (!held.isEmpty()) {
            counted.put(
                    PublicFigure.EVENTS_HELD,
                    each(
                            events.countedBy(held, from, to),
                            kinds -> kinds.values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum()));
        }
        Set<OrganisationId> accepted = schoolsOf(choosers, PublicFigure.PRACTICES);
        if (!accepted.isEmpty()) {
            counted.put(
                    PublicFigure.PRACTICES,
                    each(
                            practices.byLevel(accepted, from, to),
                            levels -> levels.values().stream()
                                    .mapToLong(Long::longValue)
                                    .sum()));
        }
        return counted;
    }

    private static Set<OrganisationId> schoolsOf(
            Map<PublicFigure, List<OrganisationId>> choosers, PublicFigure... figures) {
        Set<OrganisationId> schools = new java.util.HashSet<>();
        for (PublicFigure f : figures) {
            schools.addAll(choosers.getOrDefault(f, List.of()));
        }
        return schools;
    }

    private static <T> Map<OrganisationId, Long> each(Map<OrganisationId, T> rows, Function<T, Long> count) {
        Map<OrganisationId, Long> each = new java.util.HashMap<>();
        rows.forEach((school, row) -> each.put(school, count.apply(row)));
        return each;
    }
}
