package ru.nastavnik.survey;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.shared.AggregateRows;
import ru.nastavnik.shared.OrganisationId;

/**
 * The satisfaction of mentors and mentees from the completion questionnaires (monitoring's indicators), for many
 * organisations in one aggregate query. A sheet's score is its answer to the questionnaire's first 1–10 scale question
 * — «Насколько вы удовлетворены … в целом?» in both shipped templates; a curator's copy that dropped it, or a sheet
 * that left it blank, gives no score. Counted by the day the sheet was submitted; anonymous sheets count as well
 * (only sums and counts leave the module, never a sheet).
 */
@Service
@Transactional(readOnly = true)
public class SatisfactionFigures {

    /** The scores summed and the sheets scored, of mentors' and of mentees' questionnaires. */
    public record Scores(long mentorSum, long mentors, long menteeSum, long mentees) {}

    private final EntityManager entityManager;

    SatisfactionFigures(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Callers have checked the caller's right to these organisations' figures. */
    public Map<OrganisationId, Scores> of(Collection<OrganisationId> organisations, LocalDate from, LocalDate to) {
        Map<OrganisationId, Scores> figures = new HashMap<>();
        AggregateRows.read(
                entityManager,
                """
                with sheet as (
                    select q.organisation_id, q.purpose, cast(r.answers as jsonb) as answers,
                           (select x.question ->> 'key'
                            from jsonb_array_elements(cast(q.content as jsonb) -> 'sections') with ordinality s(sec, si)
                            cross join lateral jsonb_array_elements(s.sec -> 'questions') with ordinality x(question, qi)
                            where x.question ->> 'type' = 'SCALE' and x.question ->> 'scaleMax' = '10'
                            order by s.si, x.qi limit 1) as scored
                    from survey_response r join survey_questionnaire q on q.id = r.questionnaire_id
                    where q.organisation_id in (:organisations)
                      and q.purpose in ('SATISFACTION_MENTOR', 'SATISFACTION_MENTEE')
                      and r.submitted_on between :from and :to),
                score as (
                    select organisation_id, purpose, cast(answers -> scored ->> 0 as int) as value
                    from sheet where scored is not null and (answers -> scored ->> 0) ~ '^(10|[1-9])$')
                select organisation_id,
                       coalesce(sum(value) filter (where purpose = 'SATISFACTION_MENTOR'), 0),
                       count(*) filter (where purpose = 'SATISFACTION_MENTOR'),
                       coalesce(sum(value) filter (where purpose = 'SATISFACTION_MENTEE'), 0),
                       count(*) filter (where purpose = 'SATISFACTION_MENTEE')
                from score group by 1""",
                organisations,
                Map.of("from", from, "to", to),
                row -> figures.put(
                        AggregateRows.organisation(row),
                        new Scores(
                                AggregateRows.count(row[1]),
                                AggregateRows.count(row[2]),
                                AggregateRows.count(row[3]),
                                AggregateRows.count(row[4]))));
        return figures;
    }
}
