package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The dashboards of a school, a district and a region on {@link DashboardWorld}'s hand-computed fixture. */
@SpringBootTest
@AutoConfigureMockMvc
class DashboardIntegrationTests {

    static final Figure FEW = new Figure(0, 0, true);

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    DashboardFigures dashboards;

    DashboardWorld world;

    @BeforeEach
    void setUp() {
        world = new DashboardWorld(w);
    }

    @Test
    void aSchoolSeesItsOwnFiguresBesideLastYearWithoutTheSmallNumberRule() {
        Dashboard school = dashboards.of(fixtures.user(Role.DIRECTOR, world.a), world.a, world.year());
        assertThat(school.inside()).isTrue();
        assertThat(school.previous())
                .isEqualTo(new IndicatorPeriod(DashboardWorld.FROM.minusYears(1), DashboardWorld.TO.minusYears(1)));
        assertThat(tile(school, Indicator.MENTORS))
                .isEqualTo(
                        new Dashboard.Tile(IndicatorLine.whole(Indicator.MENTORS), Figure.count(1), Figure.count(1)));
        assertThat(tile(school, Indicator.PAIRS).now()).isEqualTo(Figure.count(1));
        assertThat(tile(school, Indicator.PAIRS).before()).isEqualTo(Figure.count(2));
        assertThat(tile(school, Indicator.YOUNG_WITH_MENTOR).now()).isEqualTo(new Figure(1, 2));
        assertThat(tile(school, Indicator.YOUNG_WITH_MENTOR).before()).isEqualTo(new Figure(2, 2));
        assertThat(school.children()).isEmpty();
        assertThat(school.path()).isEmpty();
    }

    @Test
    void aDistrictSumsItsSchoolsAndHidesFewPeopleOnlyAfterSumming() {
        Dashboard district =
                dashboards.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1), world.m1, world.year());
        assertThat(district.inside()).isFalse();
        // 3 over three schools of «< 3» makes each 1: the district's total is hidden as well
        assertThat(tile(district, Indicator.MENTORS).now()).isEqualTo(Figure.WITHHELD);
        assertThat(tile(district, Indicator.MENTORS).before()).isEqualTo(FEW);
        assertThat(tile(district, Indicator.YOUNG_WITH_MENTOR).now()).isEqualTo(new Figure(3, 4));
        assertThat(tile(district, Indicator.PAIRS).now()).isEqualTo(Figure.count(3));
        assertThat(tile(district, Indicator.PAIRS).before()).isEqualTo(Figure.count(2));
        assertThat(district.children())
                .extracting(Dashboard.Unit::organisation)
                .containsExactly(world.a, world.b, world.d);
        int mentors = DashboardFigures.HEADLINE.indexOf(Indicator.MENTORS);
        int pairs = DashboardFigures.HEADLINE.indexOf(Indicator.PAIRS);
        assertThat(district.children()).allSatisfy(u -> {
            assertThat(u.figures().get(mentors)).isEqualTo(FEW);
            assertThat(u.figures().get(pairs)).isEqualTo(Figure.count(1));
        });
    }

    @Test
    void aRegionDrillsDownToItsDistrictsAndSchools() {
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region);
        Dashboard region = dashboards.of(regional, world.region, world.year());
        assertThat(tile(region, Indicator.MENTORS).now()).isEqualTo(Figure.count(5));
        assertThat(tile(region, Indicator.YOUNG_WITH_MENTOR).now()).isEqualTo(new Figure(5, 6));
        assertThat(tile(region, Indicator.YOUNG_WITH_MENTOR).now().value(Indicator.Unit.PERCENT))
                .isEqualByComparingTo("83.3");
        int mentors = DashboardFigures.HEADLINE.indexOf(Indicator.MENTORS);
        int young = DashboardFigures.HEADLINE.indexOf(Indicator.YOUNG_WITH_MENTOR);
        assertThat(region.children()).extracting(Dashboard.Unit::organisation).containsExactly(world.m1, world.m2);
        // the district's 3 is hidden on its own page, so here too; the region's 5 is shown: less M1's hidden (3 or
        // more), M2's «< 3» could be 1 or 2
        assertThat(region.children().get(0).figures().get(mentors)).isEqualTo(Figure.WITHHELD);
        assertThat(region.children().get(0).figures().get(young)).isEqualTo(new Figure(3, 4));
        assertThat(region.children().get(1).figures().get(mentors)).isEqualTo(FEW);
        assertThat(region.children().get(1).figures().get(young)).isEqualTo(FEW);

        Dashboard school = dashboards.of(regional, world.a, world.year());
        assertThat(school.path()).extracting(Dashboard.Unit::organisation).containsExactly(world.region, world.m1);
        assertThat(tile(school, Indicator.MENTORS).now()).isEqualTo(FEW);
        assertThat(tile(school, Indicator.PAIRS).before()).isEqualTo(Figure.count(2));
    }

    @Test
    void thePageCarriesTheChartDataTheTablesTheTrendAndTheLinksBehindTheFigures() throws Exception {
        String inside = mvc.perform(get("/monitoring/dashboard")
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(fixtures.user(Role.CURATOR, world.a))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(inside)
                .contains(
                        "id=\"dashboard-data\"",
                        "\"dashboard-chart-shares\"",
                        "/js/monitoring-dashboard-",
                        "href=\"/mentorship/pairs\"",
                        "href=\"/roadmap?organisation=" + world.a + "\"",
                        "01.09.2024–31.08.2025",
                        "href=\"/monitoring/system-review?organisation=" + world.a + "&amp;year=2025\"");
        assertThat(row(inside, "tile-YOUNG_WITH_MENTOR")).contains(">50,0<", ">100,0<", ">−50<");
        assertThat(row(inside, "tile-PAIRS")).contains(">1<", ">2<", ">−1<");

        String district = mvc.perform(get("/monitoring/dashboard")
                        .param("organisation", world.m1.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(row(district, "tile-MENTORS"))
                .contains(
                        ">скрыто<",
                        "&lt; 3",
                        ">—<",
                        "/monitoring/indicators?organisation=" + world.m1
                                + "&amp;from=2025-09-01&amp;to=2026-08-31#indicator-MENTORS");
        assertThat(row(district, "unit-" + world.b))
                .contains("&lt; 3", "/monitoring/dashboard?organisation=" + world.b);
        assertThat(district)
                .contains("\"dashboard-chart-children\"", "\"data\":[75.0,85.7]", "\"data\":[null,null,null]")
                .doesNotContain("Учитель");
        assertThat(district).doesNotContain("href=\"/mentorship/pairs\"", "/monitoring/system-review");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsExplainedAndTheSchoolYearShown() throws Exception {
        String page = mvc.perform(get("/monitoring/dashboard")
                        .param("from", "2026-09-01")
                        .param("to", "2026-01-01")
                        .with(user(fixtures.user(Role.DIRECTOR, world.a))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"period-error\"", "Конец периода раньше его начала.");
    }

    private static Dashboard.Tile tile(Dashboard dashboard, Indicator indicator) {
        return dashboard.tiles().stream()
                .filter(t -> t.line().indicator() == indicator)
                .findFirst()
                .orElseThrow();
    }

    /** The HTML of the table row with that id. */
    private static String row(String page, String id) {
        int start = page.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }
}
