package ru.nastavnik.monitoring.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.survey.SatisfactionFigures;

/**
 * The two-stage monitoring's indicators, each one aggregate query over all the area's schools: deficits closed (of
 * the self-assessments ended in the period), the results recorded on programmes in it (categories earned, contests
 * entered and won, open lessons, the participants' own articles and talks), and the satisfaction of mentors and mentees
 * (a mean out of 10).
 */
@Component
class ImpactFigures {

    /** The mentees behind DEFICITS_CLOSED, carried beside it (never a line) for the small-number rule. */
    static final String ASSESSED = Indicator.DEFICITS_CLOSED.name() + ":ASSESSED";

    static final String MENTORS = "MENTORS";
    static final String MENTEES = "MENTEES";
    private static final Set<Indicator> BY_PEOPLE_BEHIND = Set.of(Indicator.DEFICITS_CLOSED, Indicator.SATISFACTION);

    private final EntityManager entityManager;
    private final SatisfactionFigures satisfaction;

    ImpactFigures(EntityManager entityManager, SatisfactionFigures satisfaction) {
        this.entityManager = entityManager;
        this.satisfaction = satisfaction;
    }

    void gather(Tally tally, List<OrganisationId> schools, IndicatorPeriod period) {
        Map<String, Object> dates = Map.of("from", period.from(), "to", period.to());
        AggregateRows.read(
                entityManager,
                """
                select a.organisation_id,
                       count(*) filter (where i.start_score < :threshold and i.end_score >= :threshold),
                       count(*) filter (where i.start_score < :threshold),
                       count(distinct a.person_id)
                from monitoring_self_assessment a join monitoring_self_assessment_item i on i.assessment_id = a.id
                where a.organisation_id in (:organisations) and a.ended_on between :from and :to
                group by 1""",
                schools,
                Map.of("from", period.from(), "to", period.to(), "threshold", SelfAssessment.THRESHOLD),
                row -> {
                    OrganisationId school = AggregateRows.organisation(row);
                    tally.add(
                            school,
                            Indicator.DEFICITS_CLOSED,
                            new Figure(AggregateRows.count(row[1]), AggregateRows.count(row[2])));
                    tally.note(school, ASSESSED, Figure.count(AggregateRows.count(row[3])));
                });
        // a mentor's article recorded on the programme of each of her mentees is one article: within a school a
        // publication is one title on one day, whichever programmes it was recorded on
        AggregateRows.read(entityManager, """
                select organisation_id, kind, coalesce(category, level, publication, ''), count(*),
                       count(*) filter (where won), count(distinct (lower(title), achieved_on))
                from monitoring_programme_result
                where organisation_id in (:organisations) and achieved_on between :from and :to
                group by 1, 2, 3""", schools, dates, row -> {
            OrganisationId school = AggregateRows.organisation(row);
            String part = (String) row[2];
            long n = AggregateRows.count(row[3]);
            switch (ResultKind.valueOf((String) row[1])) {
                case CATEGORY -> tally.add(school, Indicator.QUALIFICATION_EARNED, part, Figure.count(n));
                case CONTEST -> {
                    tally.add(school, Indicator.CONTESTS, part, Figure.count(n));
                    tally.add(school, Indicator.CONTESTS_WON, part, Figure.count(AggregateRows.count(row[4])));
                }
                case OPEN_LESSON -> tally.add(school, Indicator.OPEN_LESSONS, Figure.count(n));
                case PUBLICATION ->
                    tally.add(school, Indicator.PUBLICATIONS, part, Figure.count(AggregateRows.count(row[5])));
            }
        });
        satisfaction.of(schools, period.from(), period.to()).forEach((school, s) -> {
            tally.add(school, Indicator.SATISFACTION, MENTORS, new Figure(s.mentorSum(), s.mentors()));
            tally.add(school, Indicator.SATISFACTION, MENTEES, new Figure(s.menteeSum(), s.mentees()));
        });
    }

    /**
     * Outside the school: a share of deficits or a mean satisfaction over fewer than three people points at them, so it
     * is hidden by the people behind it (the mentees assessed, the sheets scored), not by its numerator.
     */
    static boolean judgedByPeopleBehind(String key) {
        return BY_PEOPLE_BEHIND.contains(Indicator.valueOf(key.split(":", 2)[0]));
    }

    static Figure hiddenIfFewBehind(Map<String, Figure> figures, String key, Figure figure) {
        long people = key.startsWith(Indicator.DEFICITS_CLOSED.name())
                ? figures.getOrDefault(ASSESSED, Figure.ZERO).numerator()
                : figure.base();
        return people > 0 && people < 3 ? Figure.FEW : figure;
    }
}
