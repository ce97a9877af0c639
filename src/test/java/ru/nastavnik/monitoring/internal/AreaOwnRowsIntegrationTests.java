package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * An area's own events count in its total and are shown as its own row, so that the rows add up to the total: on
 * {@link DashboardWorld}, with a seminar of district 1's methodical service and a conference of the region besides
 * school А's seminar.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AreaOwnRowsIntegrationTests {

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
        w.event(world.m1, "SEMINAR", "HELD", LocalDate.of(2025, 11, 10), new UUID[0]);
        w.event(world.region, "CONFERENCE", "HELD", LocalDate.of(2026, 2, 10), new UUID[0]);
    }

    @Test
    void theRegionsDashboardShowsItsOwnEventsAsARowAndItsDistrictsTheirsInTheirUnits() {
        Dashboard region = dashboards.of(regional(), world.region, world.year());
        int events = DashboardFigures.HEADLINE.indexOf(Indicator.EVENTS_HELD);

        assertThat(tile(region).now()).isEqualTo(Figure.count(3));
        assertThat(region.children())
                .extracting(Dashboard.Unit::organisation, Dashboard.Unit::own)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(world.m1, false),
                        org.assertj.core.groups.Tuple.tuple(world.m2, false),
                        org.assertj.core.groups.Tuple.tuple(world.region, true));
        // district 1: school А's seminar and its own; the region's conference on its own row: 2 + 0 + 1 = 3
        assertThat(region.children())
                .extracting(u -> u.figures().get(events))
                .containsExactly(Figure.count(2), Figure.count(0), Figure.count(1));
    }

    @Test
    void aDistrictsDashboardAddsItsOwnRowToItsSchools() {
        Dashboard district =
                dashboards.of(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.m1), world.m1, world.year());
        int events = DashboardFigures.HEADLINE.indexOf(Indicator.EVENTS_HELD);

        assertThat(tile(district).now()).isEqualTo(Figure.count(2));
        assertThat(district.children())
                .extracting(Dashboard.Unit::organisation)
                .containsExactly(world.a, world.b, world.d, world.m1);
        assertThat(district.children().stream()
                        .mapToLong(u -> u.figures().get(events).numerator())
                        .sum())
                .isEqualTo(2);
    }

    @Test
    void theRegionsIndicatorPageAndSummaryShowEachBodysOwnRow() throws Exception {
        String page = mvc.perform(get("/monitoring/indicators")
                        .param("organisation", world.region.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(regional())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        // the region's own conference and district 1's own seminar, each on its own row (not both on the region's)
        assertThat(page).contains("id=\"school-" + world.region + "-own\"", "id=\"school-" + world.m1 + "-own\"");

        String dashboard = mvc.perform(get("/monitoring/dashboard")
                        .param("organisation", world.region.toString())
                        .param("from", "2025-09-01")
                        .param("to", "2026-08-31")
                        .with(user(regional())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(dashboard)
                .contains(
                        "id=\"unit-" + world.region + "-own\"",
                        "Органы и методические службы (свои мероприятия и публикации)");
    }

    private NastavnikPrincipal regional() {
        return fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region);
    }

    private static Dashboard.Tile tile(Dashboard d) {
        return d.tiles().stream()
                .filter(t -> t.line().indicator() == Indicator.EVENTS_HELD)
                .findFirst()
                .orElseThrow();
    }
}
