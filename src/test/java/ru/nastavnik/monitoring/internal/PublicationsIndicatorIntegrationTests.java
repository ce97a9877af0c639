package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

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
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.web.Flash;

/**
 * PUBLICATIONS: the participants' own articles and talks recorded as results on their programmes, on a fixture worked
 * out by hand, school year 2025/26 (1.09.2025–31.08.2026).
 *
 * S1 (district M1): mentor p1 with two mentees, programmes A (p2) and B (p3). Her article «Наставничество в первый
 * год» of 10.02.2026 is recorded on A and again on B (typed in lower case there): one article. p3's article
 * «Адаптация молодого учителя» 5.11.2025 on B; a talk at the teachers' council 1.09.2025 on A (the year's first day);
 * a talk of 31.08.2025 (the day before) and an open lesson 10.01.2026 are not publications of the year.
 * S1: articles 2, talks 1 = 3.
 * S2 (M1): the same title on the same day as S1's article, but another school's: an article; a talk 31.08.2026 (the
 * year's last day). S2: articles 1, talks 1 = 2.
 * S3 (district M2): an article 1.01.2026. M1 = 3 + 2 = 5 (articles 3, talks 2); the region = 5 + 1 = 6.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicationsIndicatorIntegrationTests {

    static final IndicatorPeriod YEAR = new IndicatorPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    IndicatorFigures indicators;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovedProgrammes approvedProgrammes;

    @Autowired
    SystemReviews reviews;

    OrganisationId region;
    OrganisationId m1;
    OrganisationId s1;
    OrganisationId s2;

    @BeforeEach
    void setUp() {
        region = w.org("Регион", OrganisationKind.REGION, null);
        m1 = w.org("Район 1", OrganisationKind.MUNICIPALITY, region);
        OrganisationId m2 = w.org("Район 2", OrganisationKind.MUNICIPALITY, region);
        s1 = w.org("Школа 1", OrganisationKind.ORGANISATION, m1);
        s2 = w.org("Школа 2", OrganisationKind.ORGANISATION, m1);
        OrganisationId s3 = w.org("Школа 3", OrganisationKind.ORGANISATION, m2);

        UUID p1 = w.person(s1, LocalDate.of(1970, 1, 1), 25);
        UUID a = programme(s1, p1, w.person(s1, LocalDate.of(1998, 1, 1), 1));
        UUID b = programme(s1, p1, w.person(s1, LocalDate.of(1999, 1, 1), 1));
        publication(s1, a, "ARTICLE", "Наставничество в первый год", LocalDate.of(2026, 2, 10));
        publication(s1, b, "ARTICLE", "наставничество в первый год", LocalDate.of(2026, 2, 10));
        publication(s1, b, "ARTICLE", "Адаптация молодого учителя", LocalDate.of(2025, 11, 5));
        publication(s1, a, "TALK", "Выступление на педсовете", LocalDate.of(2025, 9, 1));
        publication(s1, a, "TALK", "Доклад на августовском совещании", LocalDate.of(2025, 8, 31));
        jdbc.update("""
                insert into monitoring_programme_result (id, organisation_id, programme_id, kind, title, achieved_on,
                                                         recorded_at)
                values (?, ?, ?, 'OPEN_LESSON', 'Открытый урок', '2026-01-10', now())""", UUID.randomUUID(), s1.value(), a);

        UUID c = programme(s2, w.person(s2, LocalDate.of(1970, 1, 1), 25), w.person(s2, LocalDate.of(1999, 1, 1), 1));
        publication(s2, c, "ARTICLE", "Наставничество в первый год", LocalDate.of(2026, 2, 10));
        publication(s2, c, "TALK", "Мастер-класс на семинаре района", LocalDate.of(2026, 8, 31));

        UUID d = programme(s3, w.person(s3, LocalDate.of(1970, 1, 1), 25), w.person(s3, LocalDate.of(1999, 1, 1), 1));
        publication(s3, d, "ARTICLE", "Статья в региональном журнале", LocalDate.of(2026, 1, 1));
    }

    @Test
    void aSchoolCountsEachArticleAndTalkOnceWhicheverProgrammesItWasRecordedOn() {
        IndicatorTable t = indicators.of(fixtures.user(Role.CURATOR, s1), s1, YEAR);
        assertFigure(t, "PUBLICATIONS", 3, "3");
        assertFigure(t, "PUBLICATIONS:ARTICLE", 2, "2");
        assertFigure(t, "PUBLICATIONS:TALK", 1, "1");
        // the open lesson is its own indicator, not a publication
        assertFigure(t, "OPEN_LESSONS", 1, "1");
        // the yearly review prefills it in «internal and external contour»
        assertThat(reviews.view(fixtures.user(Role.DIRECTOR, s1), s1, 2025).components().stream()
                        .filter(c -> c.component() == ReviewComponent.CONTOUR)
                        .findFirst()
                        .orElseThrow()
                        .lines())
                .contains(new SystemReviewView.Line(Indicator.PUBLICATIONS, "3"));
    }

    @Test
    void aDistrictAndTheRegionAddTheirSchools() {
        IndicatorTable district = indicators.computed(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1), m1, YEAR);
        assertFigure(district, "PUBLICATIONS", 5, "5");
        assertFigure(district, "PUBLICATIONS:ARTICLE", 3, "3");
        assertFigure(district, "PUBLICATIONS:TALK", 2, "2");
        IndicatorTable whole = indicators.computed(fixtures.user(Role.REGIONAL_METHODOLOGIST, region), region, YEAR);
        assertFigure(whole, "PUBLICATIONS", 6, "6");
        assertFigure(whole, "PUBLICATIONS:ARTICLE", 4, "4");
    }

    /**
     * Results of people, as contests and open lessons: outside the school a figure of one or two is «< 3», and the
     * other school's 3 is hidden too — the district's 5 less 3 would give the hidden 2.
     */
    @Test
    void theDistrictSeesASchoolsFewPublicationsAsFewerThanThree() {
        IndicatorTable district = indicators.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1), m1, YEAR);
        Map<String, Figure> first = row(district, s1);
        Map<String, Figure> second = row(district, s2);
        assertThat(first.get("PUBLICATIONS")).isEqualTo(Figure.WITHHELD);
        // the school's own page, read by the district, hides what the district's table hides
        assertThat(indicators
                        .of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, m1), s1, YEAR)
                        .total()
                        .get("PUBLICATIONS"))
                .isEqualTo(Figure.WITHHELD);
        assertThat(second.get("PUBLICATIONS").hidden()).isTrue();
        assertThat(district.total().get("PUBLICATIONS")).isEqualTo(Figure.count(5));
        assertThat(indicators
                        .of(fixtures.user(Role.CURATOR, s2), s2, YEAR)
                        .total()
                        .get("PUBLICATIONS"))
                .isEqualTo(Figure.count(2));
    }

    /** The curator records a talk on the programme's page; a publication without its kind is refused, nothing saved. */
    @Test
    void aTalkRecordedOnTheProgrammesPageIsCountedInTheSchoolsYear() throws Exception {
        ApprovedProgrammes.Approved approved = approvedProgrammes.approved(List.of("discipline"));
        var pair = approved.pair();
        String page = "/monitoring/programmes/" + approved.programme().id() + "/impact";
        // the server's clock is UTC: a result dated its today is never "in the future", whatever the hour in Moscow
        LocalDate today = LocalDate.now(java.time.ZoneOffset.UTC);

        mvc.perform(post(page + "/results")
                        .param("kind", "PUBLICATION")
                        .param("title", "Выступление на педсовете")
                        .param("achievedOn", today.toString())
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(result -> {
                    Flash refusal = (Flash) result.getFlashMap().get("flashError");
                    assertThat(refusal).isNotNull();
                    assertThat(refusal.key()).isEqualTo("monitoringPublications.kind.required");
                });
        // a date no school in Russia has reached yet (two days after the server's today) is refused too
        mvc.perform(post(page + "/results")
                        .param("kind", "PUBLICATION")
                        .param("publication", "ARTICLE")
                        .param("title", "Статья")
                        .param("achievedOn", today.plusDays(2).toString())
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(result -> assertThat(((Flash) result.getFlashMap().get("flashError")).key())
                        .isEqualTo("review.result.date.invalid"));
        assertThat(jdbc.queryForObject(
                        "select count(*) from monitoring_programme_result where programme_id = ?",
                        Long.class,
                        approved.programme().id()))
                .isZero();

        mvc.perform(post(page + "/results")
                        .param("kind", "PUBLICATION")
                        .param("publication", "TALK")
                        .param("title", "Выступление на педсовете")
                        .param("achievedOn", today.toString())
                        .with(user(pair.mentor()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get(page).with(user(pair.mentee())))
                .andExpect(content().string(containsString("Публикация или выступление участника")))
                .andExpect(content().string(containsString("выступление (педсовет, семинар, конференция)")))
                .andExpect(content().string(containsString("Выступление на педсовете")));

        IndicatorTable t = indicators.of(pair.curator(), pair.school(), new IndicatorPeriod(today.minusDays(1), today));
        assertFigure(t, "PUBLICATIONS", 1, "1");
        assertFigure(t, "PUBLICATIONS:TALK", 1, "1");
        assertFigure(t, "PUBLICATIONS:ARTICLE", 0, "0");
    }

    private UUID programme(OrganisationId school, UUID mentor, UUID mentee) {
        UUID pair = w.pair(school, "педагог — педагог", "ACTIVE", LocalDate.of(2025, 9, 1), null, mentor, mentee);
        UUID id = UUID.randomUUID();
        jdbc.update("""
                insert into programme (id, organisation_id, mentorship_id, title, goal, starts_on, ends_on, status,
                                       approved_on, created_at)
                values (?, ?, ?, 'Программа', 'Цель', '2025-09-01', '2026-06-10', 'IN_PROGRESS', '2025-09-01', now())""", id, school.value(), pair);
        return id;
    }

    private void publication(OrganisationId school, UUID programme, String kind, String title, LocalDate on) {
        jdbc.update("""
                insert into monitoring_programme_result (id, organisation_id, programme_id, kind, publication, title,
                                                         achieved_on, recorded_at)
                values (?, ?, ?, 'PUBLICATION', ?, ?, ?, now())""", UUID.randomUUID(), school.value(), programme, kind, title, on);
    }

    private static Map<String, Figure> row(IndicatorTable table, OrganisationId school) {
        return table.rows().stream()
                .filter(r -> r.organisation().equals(school))
                .findFirst()
                .orElseThrow()
                .figures();
    }

    private static void assertFigure(IndicatorTable table, String key, long count, String value) {
        IndicatorLine line = table.lines().stream()
                .filter(l -> l.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no line " + key));
        assertThat(table.total(line)).as(key).isEqualTo(Figure.count(count));
        assertThat(table.total(line).value(line.indicator().unit()))
                .as(key)
                .isEqualByComparingTo(new BigDecimal(value));
    }
}
