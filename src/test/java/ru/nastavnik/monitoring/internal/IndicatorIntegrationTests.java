package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Each indicator on a fixture whose values are worked out by hand, for the school year 2025/26
 * (1.09.2025–31.08.2026; young: born after 31.08.1991 — under 35 on 31.08.2026 — with at most 3 years of teaching).
 *
 * School S1 (district M1), staff of 9 on the register plus one archived young teacher who never counts:
 * p1 mentor (HIGHEST), p2 mentor (MENTOR category), p3 and p4 young mentees, p5 young and waiting in the bank 10 days
 * (given consultations), p6 mentee not young (5 years of teaching), p7 (FIRST) mentored in a pair that ended before
 * the year, p9 in the bank but in a planned pair (so not waiting, and a planned pair does not count), p10 waiting
 * 20 days (her old pair ended; her support ended yesterday).
 * Pair A (p1 → p3) and group B (p2 → p4, p6), both «педагог — педагог», work in the year.
 * School S2 (M1), staff of 5: q1 mentor (FIRST) → q2 young; q4 (born 31.08.1991: 35 on the last day, not young) →
 * q5 (born 1.09.1991, 3 years: young) in «руководитель — педагог», which ended on 15.09.2025 (inside the year);
 * q3 young, not involved. School S3 is in another district M2 and must never count in M1.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorIntegrationTests {

    static final LocalDate FROM = LocalDate.of(2025, 9, 1);
    static final LocalDate TO = LocalDate.of(2026, 8, 31);
    static final String PP = "педагог — педагог";
    static final String RP = "руководитель — педагог";

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    IndicatorFigures indicators;

    OrganisationId region;
    OrganisationId m1;
    OrganisationId s1;
    OrganisationId s2;
    OrganisationId s3;

    @BeforeEach
    void setUp() {
        region = w.org("Регион", OrganisationKind.REGION, null);
        m1 = w.org("Район 1", OrganisationKind.MUNICIPALITY, region);
        OrganisationId m2 = w.org("Район 2", OrganisationKind.MUNICIPALITY, region);
        s1 = w.org("Школа 1", OrganisationKind.ORGANISATION, m1);
        s2 = w.org("Школа 2", OrganisationKind.ORGANISATION, m1);
        s3 = w.org("Школа 3", OrganisationKind.ORGANISATION, m2);

        UUID p1 = w.person(s1, LocalDate.of(1970, 1, 1), 25, "HIGHEST", false);
        UUID p2 = w.person(s1, LocalDate.of(1980, 1, 1), 15, "MENTOR", false);
        UUID p3 = w.person(s1, LocalDate.of(1998, 1, 1), 1);
        UUID p4 = w.person(s1, LocalDate.of(2000, 1, 1), 0);
        UUID p5 = w.person(s1, LocalDate.of(1999, 1, 1), 2);
        UUID p6 = w.person(s1, LocalDate.of(1995, 1, 1), 5);
        UUID p7 = w.person(s1, LocalDate.of(1960, 1, 1), 40, "FIRST", false);
        w.person(s1, LocalDate.of(2001, 1, 1), 1, null, true);
        UUID p9 = w.person(s1, LocalDate.of(1985, 1, 1), 10);
        UUID p10 = w.person(s1, LocalDate.of(1990, 1, 1), 8);
        UUID a = w.pair(s1, PP, "ACTIVE", LocalDate.of(2025, 10, 1), null, p1, p3);
        UUID b = w.pair(s1, PP, "ACTIVE", LocalDate.of(2025, 11, 1), null, p2, p4, p6);
        w.formedOn(w.pair(s1, PP, "PLANNED", LocalDate.of(2026, 9, 10), null, p1, p9), TO.minusDays(3));
        UUID d = w.pair(s1, RP, "TERMINATED", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 6, 30), p7, p10);
        // the year has ended: the bank's figures are as it stood on its last day, TO
        w.waitingSince(s1, p5, TO.minusDays(10));
        w.waitingSince(s1, p10, TO.minusDays(20));
        w.waitingSince(s1, p9, TO.minusDays(5));
        w.waitingSince(s1, p3, TO.minusDays(50));
        w.support(s1, p5, TO.minusDays(5), null);
        w.support(s1, p10, TO.minusDays(15), TO.minusDays(1));
        w.paymentRule(s1, LocalDate.of(2025, 9, 1));
        w.programme(
                s1,
                a,
                "TERMINATED",
                LocalDate.of(2025, 10, 2),
                LocalDate.of(2025, 10, 2),
                LocalDate.of(2026, 3, 1),
                null);
        w.programme(
                s1,
                a,
                "COMPLETED",
                LocalDate.of(2025, 10, 5),
                LocalDate.of(2025, 10, 5),
                LocalDate.of(2026, 5, 31),
                LocalDate.of(2026, 5, 31));
        w.programme(
                s1,
                b,
                "COMPLETED",
                LocalDate.of(2025, 11, 10),
                LocalDate.of(2025, 11, 10),
                LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 4, 15));
        w.programme(
                s1,
                d,
                "TERMINATED",
                LocalDate.of(2025, 1, 12),
                LocalDate.of(2025, 1, 12),
                LocalDate.of(2025, 6, 30),
                null);
        w.event(s1, "SEMINAR", "HELD", LocalDate.of(2025, 10, 20), new UUID[] {p1, p3}, p4);
        w.event(s1, "SEMINAR", "HELD", LocalDate.of(2026, 2, 10), new UUID[] {p2});
        w.event(s1, "MASTER_CLASS", "PLANNED", LocalDate.of(2026, 3, 10), new UUID[] {p2});
        w.event(s1, "CONSULTATION", "HELD", LocalDate.of(2025, 8, 20), new UUID[] {p2});
        w.practice(s1, "ACCEPTED", "SCHOOL", LocalDate.of(2025, 12, 1));
        w.practice(s1, "ACCEPTED", "MUNICIPALITY", LocalDate.of(2026, 1, 15));
        w.practice(s1, "ACCEPTED", "SCHOOL", LocalDate.of(2025, 5, 1));
        w.practice(s1, "PROPOSED", null, null);

        UUID q1 = w.person(s2, LocalDate.of(1975, 1, 1), 20, "FIRST", false);
        UUID q2 = w.person(s2, LocalDate.of(2001, 1, 1), 1);
        w.person(s2, LocalDate.of(2000, 1, 1), 3);
        UUID q4 = w.person(s2, LocalDate.of(1991, 8, 31), 2);
        UUID q5 = w.person(s2, LocalDate.of(1991, 9, 1), 3);
        w.pair(s2, PP, "ACTIVE", LocalDate.of(2026, 3, 1), null, q1, q2);
        w.pair(s2, RP, "COMPLETED", LocalDate.of(2025, 2, 1), LocalDate.of(2025, 9, 15), q4, q5);
        w.paymentRule(s2, LocalDate.of(2026, 9, 15));
        w.event(s2, "ROUND_TABLE", "HELD", LocalDate.of(2026, 3, 1), new UUID[0]);
        w.event(m1, "CONFERENCE", "HELD", LocalDate.of(2026, 4, 1), new UUID[] {p1});

        UUID r1 = w.person(s3, LocalDate.of(1970, 1, 1), 30, "HIGHEST", false);
        UUID r2 = w.person(s3, LocalDate.of(2000, 1, 1), 1);
        w.pair(s3, PP, "ACTIVE", LocalDate.of(2025, 9, 5), null, r1, r2);
        w.waitingSince(s3, w.person(s3, LocalDate.of(1999, 1, 1), 1), TO.minusDays(100));
        w.event(s3, "SEMINAR", "HELD", LocalDate.of(2025, 12, 1), new UUID[] {r1, r2});
        w.practice(s3, "ACCEPTED", "REGION", LocalDate.of(2026, 2, 1));
        w.paymentRule(s3, LocalDate.of(2025, 1, 1));
    }

    @Test
    void eachIndicatorOfASchoolIsWhatTheHandArithmeticSays() {
        IndicatorTable t = indicators.of(fixtures.user(Role.DIRECTOR, s1), s1, new IndicatorPeriod(FROM, TO));
        assertThat(t.area()).isFalse();
        // young on the register: p3, p4, p5 = 3; of them mentees in pairs of the year: p3, p4 = 2 → 2 / 3 = 66.7 %
        assertFigure(t, "YOUNG_WITH_MENTOR", 2, 3, "66.7");
        // register 9 (p8 archived); involved p1, p2 (mentors) + p3, p4, p6 (mentees) = 5 → 5 / 9 = 55.6 %
        assertFigure(t, "STAFF_INVOLVED", 5, 9, "55.6");
        // mentors of working pairs p1, p2 = 2 (p1's planned pair and p7's pair ended 30.06.2025 do not count)
        assertFigure(t, "MENTORS", 2, 0, "2");
        assertFigure(t, "MENTORS_SHARE", 2, 9, "22.2");
        // links p1–p3, p2–p4, p2–p6 = 3 over 2 mentors → 1.5
        assertFigure(t, "MENTOR_LOAD", 3, 2, "1.5");
        // pair A (one mentee) and group B (two), both «педагог — педагог»
        assertFigure(t, "PAIRS", 1, 0, "1");
        assertFigure(t, "PAIRS:" + PP, 1, 0, "1");
        assertFigure(t, "GROUPS:" + PP, 1, 0, "1");
        // in the bank on TO: p5 (10 days), p10 (20 days; her pair ended); p9 is in a pair planned 3 days before, p3 in
        // pair A → 2, (10 + 20) / 2 = 15
        assertFigure(t, "MENTEES_WAITING", 2, 0, "2");
        assertFigure(t, "WAITING_DAYS", 30, 2, "15.0");
        // of them p5 has support on TO; p10's ended the day before → 1
        assertFigure(t, "MENTEES_SUPPORTED", 1, 0, "1");
        // approved 2.10, 5.10, 10.11.2025 = 3 (12.01.2025 is before); on time: 31.05 = its end; early: 15.04 < 30.06;
        // terminated: A's first (2.10.2025–1.03.2026); D's (ended 30.06.2025) is outside the year
        assertFigure(t, "PROGRAMMES_APPROVED", 3, 0, "3");
        assertFigure(t, "PROGRAMMES_ON_TIME", 1, 0, "1");
        assertFigure(t, "PROGRAMMES_EARLY", 1, 0, "1");
        assertFigure(t, "PROGRAMMES_TERMINATED", 1, 0, "1");
        // held seminars 20.10.2025 (p1, p3 attended; p4 only registered) and 10.02.2026 (p2): 2 events, 3 attendances;
        // the planned master class and the consultation of 20.08.2025 do not count
        assertFigure(t, "EVENTS_HELD", 2, 0, "2");
        assertFigure(t, "EVENTS_HELD:SEMINAR", 2, 0, "2");
        assertFigure(t, "EVENT_PARTICIPANTS:SEMINAR", 3, 0, "3");
        assertFigure(t, "EVENTS_HELD:MASTER_CLASS", 0, 0, "0");
        // accepted in the year: 1.12.2025 (school), 15.01.2026 (raised to the district); 1.05.2025 and the proposal do
        // not
        assertFigure(t, "PRACTICES", 2, 0, "2");
        assertFigure(t, "PRACTICES:SCHOOL", 1, 0, "1");
        assertFigure(t, "PRACTICES:MUNICIPALITY", 1, 0, "1");
        // categories on the register: HIGHEST p1, MENTOR p2, FIRST p7 = 3
        assertFigure(t, "QUALIFICATION", 3, 0, "3");
        assertFigure(t, "QUALIFICATION:MENTOR", 1, 0, "1");
        // the rule from 1.09.2025 was in force on both working pairs' start (1.10 and 1.11.2025): their agreements pay
        assertFigure(t, "MENTORS_PAID", 2, 0, "2");
        // every indicator of the catalogue is computed, PUBLICATIONS too: nobody here recorded an article or a talk
        assertThat(t.lines()).allMatch(l -> l.indicator().computed());
        assertFigure(t, "PUBLICATIONS", 0, 0, "0");
    }

    /** Outside the school no figure over one or two people is shown; the school's own director sees it. */
    @Test
    void theDistrictSeesNoFigureOverFewerThanThreePeopleAndTheSchoolSeesItsOwn() {
        IndicatorTable district =
                indicators.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1), m1, new IndicatorPeriod(FROM, TO));
        IndicatorTable.Row second = district.rows().stream()
                .filter(r -> r.organisation().equals(s2))
                .findFirst()
                .orElseThrow();
        // S2: young with a mentor 2 of 3 — two people; involved 4 of 5 — shown; M1's mentors 4 are two schools' «< 3»
        // each — 4 would make both 2, so the district's total is hidden too
        assertThat(second.figures().get("YOUNG_WITH_MENTOR").hidden()).isTrue();
        assertThat(second.figures().get("STAFF_INVOLVED")).isEqualTo(new Figure(4, 5));
        assertThat(district.total().get("MENTORS")).isEqualTo(Figure.WITHHELD);
        assertThat(district.total().get("PAIRS:" + RP)).isEqualTo(Figure.count(1));
        IndicatorTable own = indicators.of(fixtures.user(Role.DIRECTOR, s2), s2, new IndicatorPeriod(FROM, TO));
        assertThat(own.total().get("YOUNG_WITH_MENTOR")).isEqualTo(new Figure(2, 3));
    }

    @Test
    void aDistrictsFiguresAreItsSchoolsSumsAndRatiosOfSumsAndLeaveAnotherDistrictOut() {
        IndicatorTable t =
                indicators.computed(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1), m1, new IndicatorPeriod(FROM, TO));
        assertThat(t.area()).isTrue();
        assertThat(t.rows()).extracting(IndicatorTable.Row::organisation).containsExactlyInAnyOrder(s1, s2, m1);
        // S2: register 5; young q2, q3, q5 = 3 (q4 is 35 on 31.08.2026); mentees of the year q2, q5 (pair ended
        // 15.09.2025, inside the year) → young with a mentor 2 / 3; involved q1, q4, q2, q5 = 4 / 5
        IndicatorTable.Row second = t.rows().stream()
                .filter(r -> r.organisation().equals(s2))
                .findFirst()
                .orElseThrow();
        assertThat(second.figures().get("YOUNG_WITH_MENTOR")).isEqualTo(new Figure(2, 3));
        assertThat(second.figures().get("STAFF_INVOLVED")).isEqualTo(new Figure(4, 5));
        // S2's rule starts 15.09.2026, after the year: nobody paid
        assertThat(second.figures().get("MENTORS_PAID")).isEqualTo(Figure.count(0));
        // M1 = S1 + S2: young with a mentor (2 + 2) / (3 + 3) = 66.7 %; involved (5 + 4) / (9 + 5) = 64.3 %;
        // mentors 2 + 2 = 4, share 4 / 14 = 28.6 %; load (3 + 2) / 4 = 1.25 → 1.3
        assertFigure(t, "YOUNG_WITH_MENTOR", 4, 6, "66.7");
        assertFigure(t, "STAFF_INVOLVED", 9, 14, "64.3");
        assertFigure(t, "MENTORS", 4, 0, "4");
        assertFigure(t, "MENTORS_SHARE", 4, 14, "28.6");
        assertFigure(t, "MENTOR_LOAD", 5, 4, "1.3");
        // pairs: S1 A + S2 q1→q2 «педагог — педагог», S2 q4→q5 «руководитель — педагог» = 3; S3's pair is not M1's
        assertFigure(t, "PAIRS", 3, 0, "3");
        assertFigure(t, "PAIRS:" + PP, 2, 0, "2");
        assertFigure(t, "PAIRS:" + RP, 1, 0, "1");
        assertFigure(t, "MENTEES_WAITING", 2, 0, "2");
        // events: S1's 2 seminars, S2's round table, M1's own conference (its own row) = 4; attendances 3 + 0 + 1 = 4
        assertFigure(t, "EVENTS_HELD", 4, 0, "4");
        assertFigure(t, "EVENT_PARTICIPANTS", 4, 0, "4");
        assertFigure(t, "QUALIFICATION", 4, 0, "4");
        assertFigure(t, "PRACTICES:REGION", 0, 0, "0");
        assertFigure(t, "MENTORS_PAID", 2, 0, "2");
        for (IndicatorLine line : t.lines()) {
            Figure sum = t.rows().stream().map(r -> r.figure(line)).reduce(Figure.ZERO, Figure::plus);
            assertThat(t.total(line)).as(line.key()).isEqualTo(sum);
        }
        IndicatorTable whole = indicators.computed(
                fixtures.user(Role.REGIONAL_METHODOLOGIST, region), region, new IndicatorPeriod(FROM, TO));
        // the region adds S3: its pair's mentor and mentee, 1 waiting, 1 seminar, 1 regional practice
        assertFigure(whole, "MENTORS", 5, 0, "5");
        assertFigure(whole, "MENTEES_WAITING", 3, 0, "3");
        assertFigure(whole, "EVENTS_HELD:SEMINAR", 3, 0, "3");
        assertFigure(whole, "PRACTICES:REGION", 1, 0, "1");
    }

    /**
     * A form of mentoring is a line under pairs or under groups only where there are some, and reads as a form: no
     * «groups — one to one» line of a form only pairs were formed in.
     */
    @Test
    void aFormIsALineOfPairsOrOfGroupsOnlyWhereThereAreSomeAndReadsAsAForm() throws Exception {
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1);
        IndicatorTable t = indicators.computed(methodologist, m1, new IndicatorPeriod(FROM, TO));
        assertThat(t.lines())
                .extracting(IndicatorLine::key)
                .contains("PAIRS:" + PP, "PAIRS:" + RP, "GROUPS:" + PP)
                .doesNotContain("GROUPS:" + RP);
        String page = mvc.perform(get("/monitoring/indicators")
                        .param("organisation", m1.toString())
                        .param("from", FROM.toString())
                        .param("to", TO.toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("форма «" + RP + "»").doesNotContain("id=\"indicator-GROUPS:" + RP);
    }

    @Test
    void theApiAndThePageShowTheFiguresWithTheirFormulasAndNoNamesToTheirOwnReadersOnly() throws Exception {
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1);
        mvc.perform(get("/api/v1/organisations/" + m1 + "/indicators")
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-09-01"))
                .andExpect(jsonPath("$.indicators[?(@.code == 'STAFF_INVOLVED')].value")
                        .value(64.3))
                .andExpect(jsonPath("$.indicators[?(@.code == 'STAFF_INVOLVED')].numerator")
                        .value(9))
                .andExpect(jsonPath("$.indicators[?(@.code == 'STAFF_INVOLVED')].formula")
                        .exists())
                .andExpect(jsonPath("$.indicators[?(@.code == 'PUBLICATIONS')].formula")
                        .value(org.hamcrest.Matchers.hasItem(
                                org.hamcrest.Matchers.startsWith("статьи и выступления наставников"))))
                .andExpect(jsonPath("$.schools.length()").value(3))
                .andExpect(
                        jsonPath("$.schools[?(@.organisation == '" + s3 + "')]").isEmpty());
        String page = mvc.perform(get("/monitoring/indicators")
                        .param("organisation", m1.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .param("sort", "STAFF_INVOLVED")
                        .param("desc", "true")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("64,3", "(наставники + наставляемые", "статьи и выступления наставников и наставляемых")
                .doesNotContain("вводится вручную в мониторинге")
                .doesNotContain("Учитель");
        // S2 (80 %) before S1 (55.6 %) when sorted by involvement, descending
        assertThat(page.indexOf("school-" + s2)).isLessThan(page.indexOf("school-" + s1));
        mvc.perform(get("/monitoring/indicators")
                        .param("organisation", m1.toString())
                        .param("from", "2026-09-01")
                        .param("to", "2026-01-01")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Конец периода раньше его начала.")));
        mvc.perform(get("/api/v1/organisations/" + m1 + "/indicators")
                        .param("from", "2026-09-01")
                        .param("to", "2026-01-01")
                        .with(user(methodologist)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        // the period's schools S1, S2 and the district's own conference, then the total
        byte[] xlsx = mvc.perform(get("/monitoring/indicators.xlsx")
                        .param("organisation", m1.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            assertThat(book.getSheetAt(1).getLastRowNum()).isEqualTo(4);
        }
        NastavnikPrincipal otherDistrict =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.org("Район 3", OrganisationKind.MUNICIPALITY, region));
        mvc.perform(get("/api/v1/organisations/" + m1 + "/indicators").with(user(otherDistrict)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + s1 + "/indicators").with(user(otherDistrict)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + s1 + "/indicators").with(user(methodologist)))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/organisations/" + s2 + "/indicators").with(user(fixtures.user(Role.DIRECTOR, s1))))
                .andExpect(status().isNotFound());
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
