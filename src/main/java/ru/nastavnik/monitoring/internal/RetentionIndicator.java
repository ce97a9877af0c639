package ru.nastavnik.monitoring.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.RetentionFigures;
import ru.nastavnik.mentorship.RetentionFigures.Cohort;
import ru.nastavnik.shared.OrganisationId;

/**
 * The retention indicator: the whole is the share of the young teachers mentored whose pair started in the period
 * and who still work 1 year on; its parts the same 3 years on and, beside them, the shares of the young teachers
 * hired in the period who had no mentor (mentorship's {@link RetentionFigures} defines the cohorts). The parts are
 * notes, never added to the whole: four shares of different people do not sum.
 */
@Component
class RetentionIndicator {

    static final List<String> PARTS = List.of("MENTORED_3Y", "UNMENTORED_1Y", "UNMENTORED_3Y");

    private final RetentionFigures figures;

    RetentionIndicator(RetentionFigures figures) {
        this.figures = figures;
    }

    /** Schools that define "young" alike and are on the same date are counted by one query. */
    void gather(
            Tally tally,
            List<OrganisationId> schools,
            IndicatorPeriod period,
            Map<OrganisationId, MonitoringSettings> inForce,
            Map<OrganisationId, LocalDate> today) {
        schools.stream()
                .collect(Collectors.groupingBy(s ->
                        List.of(inForce.get(s).youngMaxAge(), inForce.get(s).youngMaxTeachingYears(), today.get(s))))
                .forEach((key, alike) -> figures.of(
                                alike,
                                period.from(),
                                period.to(),
                                (LocalDate) key.get(2),
                                (Integer) key.get(0),
                                (Integer) key.get(1))
                        .forEach((school, r) -> {
                            tally.add(school, Indicator.RETENTION, year1(r.mentored()));
                            note(tally, school, "MENTORED_3Y", year3(r.mentored()));
                            note(tally, school, "UNMENTORED_1Y", year1(r.unmentored()));
                            note(tally, school, "UNMENTORED_3Y", year3(r.unmentored()));
                        }));
    }

    /**
     * Outside the school: hidden when fewer than three people are counted, or fewer than three stayed — a share of
     * one or two points at them (whether they left is their own matter).
     */
    static Figure hiddenIfFew(Figure figure) {
        boolean few = figure.base() > 0 && figure.base() < 3 || figure.numerator() > 0 && figure.numerator() < 3;
        return few ? Figure.FEW : figure;
    }

    static boolean judges(String key) {
        return key.equals(Indicator.RETENTION.name()) || key.startsWith(Indicator.RETENTION.name() + ":");
    }

    private static void note(Tally tally, OrganisationId school, String part, Figure figure) {
        tally.note(school, Indicator.RETENTION.name() + ":" + part, figure);
    }

    private static Figure year1(Cohort cohort) {
        return new Figure(cohort.stayed1(), cohort.counted1());
    }

    private static Figure year3(Cohort cohort) {
        return new Figure(cohort.stayed3(), cohort.counted3());
    }
}
