package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.survey.QuestionType;
import ru.nastavnik.survey.QuestionnaireContent;
import ru.nastavnik.survey.SurveyJson;
import ru.nastavnik.survey.internal.SurveyTemplates;

/**
 * The two-stage monitoring's indicators on a fixture worked out by hand, school year 2025/26 (1.09.2025–31.08.2026).
 *
 * S1 (district M1): p3's self-assessment 2,3,4,1 → 4,3,5,4 ended 20.05.2026 (deficits 2,3,1; closed 2→4 and 1→4);
 * p4's 3,2 → 3,5 ended 1.06.2026 (deficits 3,2; closed 2→5); p6's 1 → 5 ended 1.06.2025 (before the year) and p5's
 * started only — neither counts. S1: 3 closed of 5 deficits = 60 %, by 2 mentees.
 * Results of S1: categories «педагог-наставник» 1.03.2026 and first 1.04.2026; contests: municipal won 1.02.2026,
 * regional not won 15.02.2026, municipal not won 10.01.2026; open lessons 1.12.2025 and 1.08.2025 (before the year).
 * Satisfaction of S1 (the first 1–10 question): mentees 8, 10, 6 (a 9 of 30.08.2025 is outside, a blank sheet gives no
 * score, a needs questionnaire is not a satisfaction one); mentors 7, 10.
 * S2 (M1): q2's 3,3,3 → 4,4,2 ended 15.01.2026 (3 deficits, 2 closed); category «педагог-методист» 5.05.2026; one
 * mentee's sheet: 5. S3 is in district M2 and never counts in M1.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImpactIndicatorIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 8, 31);

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    IndicatorFigures indicators;

    @Autowired
    JdbcTemplate jdbc;

    OrganisationId m1;
    OrganisationId s1;
    OrganisationId s2;

    @BeforeEach
    void setUp() {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        m1 = w.org("Район 1", OrganisationKind.MUNICIPALITY, region);
        OrganisationId m2 = w.org("Район 2", OrganisationKind.MUNICIPALITY, region);
        s1 = w.org("Школа 1", OrganisationKind.ORGANISATION, m1);
        s2 = w.org("Школа 2", OrganisationKind.ORGANISATION, m1);
        OrganisationId s3 = w.org("Школа 3", OrganisationKind.ORGANISATION, m2);

        UUID p1 = w.person(s1, LocalDate.of(1970, 1, 1), 25);
        UUID p2 = w.person(s1, LocalDate.of(1975, 1, 1), 20);
        UUID p3 = w.person(s1, LocalDate.of(1998, 1, 1), 1);
        UUID p4 = w.person(s1, LocalDate.of(1999, 1, 1), 1);
        UUID p5 = w.person(s1, LocalDate.of(2000, 1, 1), 0);
        UUID p6 = w.person(s1, LocalDate.of(1997, 1, 1), 2);
        UUID a = programme(s1, p1, p3);
        UUID b = programme(s1, p2, p4, p5, p6);
        assessment(s1, a, p3, LocalDate.of(2026, 5, 20), new int[] {2, 3, 4, 1}, new int[] {4, 3, 5, 4});
        assessment(s1, b, p4, LocalDate.of(2026, 6, 1), new int[] {3, 2}, new int[] {3, 5});
        assessment(s1, b, p6, LocalDate.of(2025, 6, 1), new int[] {1}, new int[] {5});
        assessment(s1, b, p5, null, new int[] {1, 1}, null);
        result(s1, a, "CATEGORY", "MENTOR", null, false, LocalDate.of(2026, 3, 1));
        result(s1, a, "CATEGORY", "FIRST", null, false, LocalDate.of(2026, 4, 1));
        result(s1, a, "CONTEST", null, "MUNICIPAL", true, LocalDate.of(2026, 2, 1));
        result(s1, a, "CONTEST", null, "REGIONAL", false, LocalDate.of(2026, 2, 15));
        result(s1, b, "CONTEST", null, "MUNICIPAL", false, LocalDate.of(2026, 1, 10));
        result(s1, a, "OPEN_LESSON", null, null, false, LocalDate.of(2025, 12, 1));
        result(s1, a, "OPEN_LESSON", null, null, false, LocalDate.of(2025, 8, 1));
        UUID mentees = questionnaire(s1, "satisfaction-mentee");
        sheet(s1, mentees, "8", LocalDate.of(2025, 10, 1));
        sheet(s1, mentees, "10", LocalDate.of(2026, 6, 1));
        sheet(s1, mentees, "6", LocalDate.of(2026, 8, 31));
        sheet(s1, mentees, "9", LocalDate.of(2025, 8, 30));
        sheet(s1, mentees, null, LocalDate.of(2026, 6, 2));
        UUID mentors = questionnaire(s1, "satisfaction-mentor");
        sheet(s1, mentors, "7", LocalDate.of(2026, 6, 1));
        sheet(s1, mentors, "10", LocalDate.of(2026, 6, 3));
        UUID needs = questionnaire(s1, "needs");
        sheet(s1, needs, "1", LocalDate.of(2026, 6, 1));

        UUID q1 = w.person(s2, LocalDate.of(1970, 1, 1), 25);
        UUID q2 = w.person(s2, LocalDate.of(1999, 1, 1), 1);
        UUID c = programme(s2, q1, q2);
        assessment(s2, c, q2, LocalDate.of(2026, 1, 15), new int[] {3, 3, 3}, new int[] {4, 4, 2});
        result(s2, c, "CATEGORY", "METHODIST", null, false, LocalDate.of(2026, 5, 5));
        sheet(s2, questionnaire(s2, "satisfaction-mentee"), "5", LocalDate.of(2026, 5, 1));

        UUID r1 = w.person(s3, LocalDate.of(1970, 1, 1), 25);
        UUID r2 = w.person(s3, LocalDate.of(1999, 1, 1), 1);
        UUID d = programme(s3, r1, r2);
        assessment(s3, d, r2, LocalDate.of(2026, 1, 15), new int[] {1}, new int[] {5});
        result(s3, d, "CATEGORY", "HIGHEST", null, false, LocalDate.of(2026, 5, 5));
        sheet(s3, questionnaire(s3, "satisfaction-mentee"), "1", LocalDate.of(2026, 5, 1));
    }

    @Test
    void aSchoolsImpactIndicatorsAreWhatTheHandArithmeticSays() {
        IndicatorTable t = indicators.of(fixtures.user(Role.CURATOR, s1), s1, new IndicatorPeriod(FROM, TO));
        // (2→4, 1→4 of p3) + (2→5 of p4) = 3 closed of (3 + 2) deficits
        assertFigure(t, "DEFICITS_CLOSED", 3, 5, "60.0");
        assertFigure(t, "QUALIFICATION_EARNED", 2, 0, "2");
        assertFigure(t, "QUALIFICATION_EARNED:MENTOR", 1, 0, "1");
        assertFigure(t, "QUALIFICATION_EARNED:FIRST", 1, 0, "1");
        assertFigure(t, "QUALIFICATION_EARNED:METHODIST", 0, 0, "0");
        assertFigure(t, "CONTESTS", 3, 0, "3");
        assertFigure(t, "CONTESTS:MUNICIPAL", 2, 0, "2");
        assertFigure(t, "CONTESTS:REGIONAL", 1, 0, "1");
        assertFigure(t, "CONTESTS_WON", 1, 0, "1");
        assertFigure(t, "CONTESTS_WON:MUNICIPAL", 1, 0, "1");
        assertFigure(t, "CONTESTS_WON:REGIONAL", 0, 0, "0");
        assertFigure(t, "OPEN_LESSONS", 1, 0, "1");
        // mentees (8 + 10 + 6) / 3 = 8.0; mentors (7 + 10) / 2 = 8.5; all (24 + 17) / 5 = 8.2
        assertFigure(t, "SATISFACTION:MENTEES", 24, 3, "8.0");
        assertFigure(t, "SATISFACTION:MENTORS", 17, 2, "8.5");
        assertFigure(t, "SATISFACTION", 41, 5, "8.2");
    }

    @Test
    void aDistrictAddsItsSchoolsAndLeavesAnotherDistrictOut() {
        IndicatorTable t =
                indicators.computed(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1), m1, new IndicatorPeriod(FROM, TO));
        // S1 3 of 5, S2 2 of 3 (3→4, 3→4) → 5 / 8 = 62.5 %; S3's 1 → 5 is in M2
        assertFigure(t, "DEFICITS_CLOSED", 5, 8, "62.5");
        assertFigure(t, "QUALIFICATION_EARNED", 3, 0, "3");
        assertFigure(t, "QUALIFICATION_EARNED:HIGHEST", 0, 0, "0");
        // mentees (24 + 5) / 4 = 7.25 → 7.3
        assertFigure(t, "SATISFACTION:MENTEES", 29, 4, "7.3");
    }

    /** Outside the school a share or a mean over fewer than three people is hidden, judged by the people behind it. */
    @Test
    void theDistrictSeesNoImpactFigureOverFewerThanThreePeople() {
        IndicatorTable t =
                indicators.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1), m1, new IndicatorPeriod(FROM, TO));
        Map<String, Figure> first = t.rows().stream()
                .filter(r -> r.organisation().equals(s1))
                .findFirst()
                .orElseThrow()
                .figures();
        // S1: deficits of 2 mentees, 2 mentors' sheets, 2 categories — hidden; 3 mentees' sheets, 3 contests — shown
        assertThat(first.get("DEFICITS_CLOSED").hidden()).isTrue();
        assertThat(first.get("SATISFACTION:MENTORS").hidden()).isTrue();
        assertThat(first.get("QUALIFICATION_EARNED").hidden()).isTrue();
        assertThat(first.get("SATISFACTION:MENTEES")).isEqualTo(new Figure(24, 3));
        assertThat(first.get("CONTESTS")).isEqualTo(Figure.count(3));
        // the district's total is over 3 mentees assessed (p3, p4, q2): shown
        assertThat(t.total().get("DEFICITS_CLOSED")).isEqualTo(new Figure(5, 8));
        IndicatorTable own = indicators.of(fixtures.user(Role.CURATOR, s1), s1, new IndicatorPeriod(FROM, TO));
        assertThat(own.total().get("DEFICITS_CLOSED")).isEqualTo(new Figure(3, 5));
    }

    private UUID programme(OrganisationId school, UUID mentor, UUID... mentees) {
        UUID pair = w.pair(school, "педагог — педагог", "ACTIVE", LocalDate.of(2025, 9, 10), null, mentor, mentees);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into programme (id, organisation_id, mentorship_id, title, goal, starts_on, ends_on, status,
                                       approved_on, created_at)
                values (?, ?, ?, 'Программа', 'Цель', '2025-09-10', '2026-06-10', 'IN_PROGRESS', '2025-09-10', now())""", id, school.value(), pair);
        return id;
    }

    private void assessment(
            OrganisationId school, UUID programme, UUID mentee, LocalDate endedOn, int[] start, int[] end) {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into monitoring_self_assessment (id, organisation_id, programme_id, person_id, started_on, ended_on)
                values (?, ?, ?, ?, '2025-09-15', ?)""", id, school.value(), programme, mentee, endedOn);
        for (int i = 0; i < start.length; i++) {
            jdbc.update("""
                    insert into monitoring_self_assessment_item (assessment_id, position, title, start_score, end_score)
                    values (?, ?, ?, ?, ?)""", id, i, "Пункт " + i, start[i], end == null ? null : end[i]);
        }
    }

    private void result(
            OrganisationId school,
            UUID programme,
            String kind,
            String category,
            String level,
            boolean won,
            LocalDate on) {
        jdbc.update("""
                insert into monitoring_programme_result (id, organisation_id, programme_id, kind, category, level, won,
                                                         title, achieved_on, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, 'Результат', ?, now())""", UUID.randomUUID(), school.value(), programme, kind, category, level, won, on);
    }

    private final Map<UUID, String> scoredKey = new java.util.HashMap<>();

    /** A questionnaire opened from the shipped template; its score is its first 1–10 scale question. */
    private UUID questionnaire(OrganisationId school, String template) {
        SurveyTemplates.Template t = SurveyTemplates.find(template).orElseThrow();
        QuestionnaireContent content = t.content();
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into survey_questionnaire (id, organisation_id, title, purpose, status, content, created_at)
                values (?, ?, ?, ?, 'OPEN', ?, now())""", id, school.value(), t.title(), t.purpose().name(), SurveyJson.write(content));
        scoredKey.put(
                id,
                content.questions().stream()
                        .filter(q -> q.type() == QuestionType.SCALE)
                        .findFirst()
                        .orElseThrow()
                        .key());
        return id;
    }

    private void sheet(OrganisationId school, UUID questionnaire, String score, LocalDate on) {
        Map<String, List<String>> answers =
                score == null ? Map.of() : Map.of(scoredKey.get(questionnaire), List.of(score));
        jdbc.update("""
                insert into survey_response (id, organisation_id, questionnaire_id, submitted_on, answers)
                values (?, ?, ?, ?, ?)""", UUID.randomUUID(), school.value(), questionnaire, on, SurveyJson.write(answers));
    }

    private static void assertFigure(IndicatorTable table, String key, long numerator, long base, String value) {
        IndicatorLine line = table.lines().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key));
        assertThat(table.total(line)).as(key).isEqualTo(new Figure(numerator, base));
        assertThat(table.total(line).value(line.indicator().unit()))
                .as(key)
                .isEqualByComparingTo(new BigDecimal(value));
    }
}
