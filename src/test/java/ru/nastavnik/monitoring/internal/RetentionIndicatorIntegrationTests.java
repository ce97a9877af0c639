package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The retention indicator on a fixture worked out by hand, for the school year 2021/22 (P = 1.09.2021–31.08.2022),
 * whose 1- and 3-year days have all come (the last, 31.08.2025, is past). Young: under 35 on the reference date, at
 * most 3 years of teaching (everyone young here has 1 year on the card). Mentors are born in 1970 (never young).
 *
 * School S, with a mentor (young mentees of a pair started in P, from its start):
 * a1 since 1.10.2021, still works — 1 y yes, 3 y yes;
 * a2 since 1.10.2021, left 30.06.2022 — no, no;
 * a3 since 15.11.2021, left 31.12.2023 — 1 y (15.11.2022) yes, 3 y (15.11.2024) no;
 * a4 since 1.10.2021, left 1.10.2022, the anniversary is her last working day — yes, no;
 * a8 since 15.09.2021, archived on 1.05.2022 without a leaving date (counts as left that day) — no, no;
 * not counted: a5 (41 on the day: not young), a7 (her pair started 1.09.2020, before P).
 * With a mentor: 1 year 3 of 5 = 60.0 %; 3 years 1 of 5 = 20.0 %.
 *
 * School S, without a mentor (young, hired in P, never a mentee of a started pair, from the hire):
 * u1 hired 1.09.2021, works — yes, yes; u2 hired 10.01.2022, left 31.12.2022 — no, no; u3 hired 1.03.2022, left
 * 30.06.2024 — yes (1.03.2023), no (1.03.2025); a6 hired 1.09.2021, only ever in a planned pair (no mentor), works —
 * yes, yes; not counted: u4 (hired in P but mentored from 2023), u5 (born 1970), u6 (hired 1.08.2020, before P).
 * Without a mentor: 1 year 3 of 4 = 75.0 %; 3 years 2 of 4 = 50.0 %.
 *
 * School S2 (same district): b1, b2 mentees of a pair started 1.02.2022, both still work: 2 of 2.
 * District: 1 year with a mentor (3 + 2) of (5 + 2) = 5 of 7 = 71.4 %; 3 years (1 + 2) of 7 = 3 of 7 = 42.9 %.
 * Outside the school S2's 2 of 2 and S's 1 of 5 (3 years) are «< 3»; S's 3 of 5 is shown.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RetentionIndicatorIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2021, 9, 1);
    static final LocalDate TO = LocalDate.of(2022, 8, 31);
    static final String PP = "педагог — педагог";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    IndicatorFigures indicators;

    @Autowired
    JdbcTemplate jdbc;

    OrganisationId district;
    OrganisationId s;
    OrganisationId s2;

    @BeforeEach
    void setUp() {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        district = w.org("Район", OrganisationKind.MUNICIPALITY, region);
        s = w.org("Школа", OrganisationKind.ORGANISATION, district);
        s2 = w.org("Школа 2", OrganisationKind.ORGANISATION, district);
        UUID mentor = person(s, 1970, null, null, null);
        mentee(s, mentor, "2021-10-01", person(s, 1998, null, null, null));
        mentee(s, mentor, "2021-10-01", person(s, 1997, null, "2022-06-30", null));
        mentee(s, mentor, "2021-11-15", person(s, 1996, null, "2023-12-31", null));
        mentee(s, mentor, "2021-10-01", person(s, 1999, null, "2022-10-01", null));
        mentee(s, mentor, "2021-09-15", person(s, 1999, null, null, "2022-05-01"));
        mentee(s, mentor, "2021-10-01", person(s, 1980, null, null, null));
        mentee(s, mentor, "2020-09-01", person(s, 1998, null, null, null));
        w.pair(s, PP, "PLANNED", LocalDate.of(2021, 10, 1), null, mentor, person(s, 1998, "2021-09-01", null, null));
        person(s, 1998, "2021-09-01", null, null);
        person(s, 1999, "2022-01-10", "2022-12-31", null);
        person(s, 1997, "2022-03-01", "2024-06-30", null);
        mentee(s, mentor, "2023-01-10", person(s, 1998, "2021-10-01", null, null));
        person(s, 1970, "2021-10-01", null, null);
        person(s, 1998, "2020-08-01", null, null);

        UUID mentor2 = person(s2, 1970, null, null, null);
        w.pair(
                s2,
                PP,
                "ACTIVE",
                LocalDate.of(2022, 2, 1),
                null,
                mentor2,
                person(s2, 1999, null, null, null),
                person(s2, 2000, null, null, null));
    }

    @Test
    void theSchoolSeesItsRetentionWithAndWithoutAMentorAsTheHandArithmeticSays() {
        IndicatorTable t = indicators.of(fixtures.user(Role.CURATOR, s), s, new IndicatorPeriod(FROM, TO));
        assertFigure(t, "RETENTION", 3, 5, "60.0");
        assertFigure(t, "RETENTION:MENTORED_3Y", 1, 5, "20.0");
        assertFigure(t, "RETENTION:UNMENTORED_1Y", 3, 4, "75.0");
        assertFigure(t, "RETENTION:UNMENTORED_3Y", 2, 4, "50.0");
    }

    @Test
    void theDistrictSumsItsSchoolsAndSeesNoShareOfFewerThanThreePeople() {
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, district);
        IndicatorTable t = indicators.of(methodologist, district, new IndicatorPeriod(FROM, TO));
        assertFigure(t, "RETENTION", 5, 7, "71.4");
        assertFigure(t, "RETENTION:MENTORED_3Y", 3, 7, "42.9");
        IndicatorTable.Row first = t.rows().stream()
                .filter(r -> r.organisation().equals(s))
                .findFirst()
                .orElseThrow();
        IndicatorTable.Row second = t.rows().stream()
                .filter(r -> r.organisation().equals(s2))
                .findFirst()
                .orElseThrow();
        assertThat(first.figures().get("RETENTION")).isEqualTo(new Figure(3, 5));
        assertThat(first.figures().get("RETENTION:MENTORED_3Y").hidden()).isTrue();
        assertThat(second.figures().get("RETENTION").hidden()).isTrue();
    }

    /** A year not yet over counts no one for the 1-year figure: the day has not come, so there is no base. */
    @Test
    void noOneCountsBeforeTheirAnniversaryHasCome() {
        LocalDate today = SchoolToday.date();
        UUID mentor = person(s, 1970, null, null, null);
        mentee(s, mentor, today.minusMonths(2).toString(), person(s, 2000, null, null, null));
        IndicatorTable t =
                indicators.of(fixtures.user(Role.CURATOR, s), s, new IndicatorPeriod(today.minusMonths(3), today));
        assertThat(t.total().getOrDefault("RETENTION", Figure.ZERO)).isEqualTo(Figure.ZERO);
    }

    @Test
    void theApiAndThePageGiveTheFiguresWithTheirDefinition() throws Exception {
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, s);
        mvc.perform(get("/api/v1/organisations/" + s + "/indicators")
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicators[?(@.code == 'RETENTION')].value")
                        .value(org.hamcrest.Matchers.hasItem(60.0)));
        String page = mvc.perform(get("/monitoring/indicators")
                        .param("organisation", s.toString())
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("60,0", "75,0", "без наставника, через 1 год", "отсчёт — от даты приёма");
    }

    /** A teacher born on 1 January of {@code born}, 1 year of teaching; dates ISO, null: none. */
    private UUID person(OrganisationId school, int born, String hiredOn, String leftOn, String archivedOn) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                """
                insert into person (id, organisation_id, last_name, first_name, gender, birth_date, teaching_experience_years,
                                    qualification_category, hired_on, left_on, leaving_reason, archived_at)
                values (?, ?, 'Учитель', 'Тест', 'FEMALE', ?, 1, 'NONE', ?, ?, ?, ?)""",
                id,
                school.value(),
                LocalDate.of(born, 1, 1),
                date(hiredOn),
                date(leftOn),
                leftOn == null ? null : "OWN_WISH",
                leftOn != null
                        ? Timestamp.valueOf(LocalDate.parse(leftOn).atTime(12, 0))
                        : archivedOn != null
                                ? Timestamp.valueOf(LocalDate.parse(archivedOn).atTime(12, 0))
                                : null);
        return id;
    }

    private void mentee(OrganisationId school, UUID mentor, String since, UUID mentee) {
        w.pair(school, PP, "ACTIVE", LocalDate.parse(since), null, mentor, mentee);
    }

    private static LocalDate date(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
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
