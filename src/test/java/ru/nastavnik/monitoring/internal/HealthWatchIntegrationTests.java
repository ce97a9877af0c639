package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.organisation.SchoolDates;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The watch tells the curator once per worsening (not at every run), and a pair at risk for the school's escalation
 * days (14 by default) flags its school to the municipality and the region — as a count, never a name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HealthWatchIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures pairs;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    HealthWatch watch;

    @Autowired
    SchoolDates dates;

    void startedDaysAgo(ProgrammeFixtures.ActivePair pair, int days) {
        jdbc.update(
                "update mentorship set starts_on = ? where id = ?",
                ru.nastavnik.SchoolToday.date().minusDays(days),
                pair.mentorship().value());
    }

    String health(ProgrammeFixtures.ActivePair pair) {
        return jdbc.queryForObject(
                "select health from pair_health_watch where mentorship_id = ?",
                String.class,
                pair.mentorship().value());
    }

    @Test
    void theScheduledRunJudgesEachSchoolOnItsOwnDate() {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("discipline"));
        startedDaysAgo(pair, 22);
        assertThat(watch.watch(dates.everywhere())).containsEntry(pair.school(), 1);
        assertThat(health(pair)).isEqualTo("NEEDS_ATTENTION");
    }

    @Test
    void theCuratorIsToldOncePerWorseningNotAtEveryRun() throws Exception {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("discipline"));
        LocalDate today = SchoolToday.date();
        mvc.perform(get("/").with(user(pair.curator())))
                .andExpect(content().string(not(containsString("tile-pair-health"))));

        startedDaysAgo(pair, 22);
        assertThat(watch.watch(today)).containsEntry(pair.school(), 1);
        assertThat(health(pair)).isEqualTo("NEEDS_ATTENTION");
        assertThat(watch.watch(today)).doesNotContainKey(pair.school());
        mvc.perform(get("/").with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ухудшилось состояние пар: 1")));
        mvc.perform(get("/").with(user(pair.mentor())))
                .andExpect(content().string(not(containsString("tile-pair-health"))));

        startedDaysAgo(pair, 43);
        assertThat(watch.watch(today)).containsEntry(pair.school(), 1);
        assertThat(health(pair)).isEqualTo("AT_RISK");
        assertThat(watch.watch(today)).doesNotContainKey(pair.school());

        // back to needing attention is no worsening; at risk again is one
        startedDaysAgo(pair, 30);
        assertThat(watch.watch(today)).doesNotContainKey(pair.school());
        startedDaysAgo(pair, 50);
        assertThat(watch.watch(today)).containsEntry(pair.school(), 1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from mentorship where id = ? and status = 'ACTIVE'",
                        Integer.class,
                        pair.mentorship().value()))
                .isEqualTo(1);
    }

    @Test
    void eachSchoolIsJudgedByTheQuietDaysInForceAtItsOwnLevelOrTheNearestAbove() {
        ProgrammeFixtures.ActivePair inherits = pairs.activePair(List.of("discipline"));
        ProgrammeFixtures.ActivePair ownSetting = pairs.activePair(List.of("discipline"));
        for (ProgrammeFixtures.ActivePair pair : List.of(inherits, ownSetting)) {
            settings(
                    jdbc.queryForObject(
                            "select parent_id from organisation where id = ?",
                            UUID.class,
                            pair.school().value()),
                    30);
        }
        settings(ownSetting.school().value(), 10);
        // by the defaults (21 days) the first would need attention and the second not
        startedDaysAgo(inherits, 29);
        startedDaysAgo(ownSetting, 11);

        watch.watch(SchoolToday.date());
        assertThat(health(inherits)).isEqualTo("ON_TRACK");
        assertThat(health(ownSetting)).isEqualTo("NEEDS_ATTENTION");
    }

    void settings(UUID organisation, int quietDays) {
        jdbc.update("""
                insert into monitoring_settings (organisation_id, young_max_age, young_max_teaching_years, quiet_days,
                                                 escalation_days) values (?, 35, 3, ?, 14)
                on conflict (organisation_id) do nothing""", organisation, quietDays);
    }

    @Test
    void aPairAtRiskForTheEscalationDaysFlagsItsSchoolAsACountForItsTerritoryOnly() throws Exception {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("discipline"));
        startedDaysAgo(pair, 50);
        watch.watch(SchoolToday.date());
        OrganisationId municipality = new OrganisationId(jdbc.queryForObject(
                "select parent_id from organisation where id = ?",
                java.util.UUID.class,
                pair.school().value()));
        OrganisationId region = new OrganisationId(jdbc.queryForObject(
                "select parent_id from organisation where id = ?", java.util.UUID.class, municipality.value()));
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, municipality);
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, region);
        String row = "id=\"school-" + pair.school() + "\"";

        jdbc.update(
                "update pair_health_watch set at_risk_since = ? where mentorship_id = ?",
                ru.nastavnik.SchoolToday.date().minusDays(13),
                pair.mentorship().value());
        mvc.perform(get("/monitoring/escalations")
                        .param("organisation", municipality.toString())
                        .with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(row))));

        jdbc.update(
                "update pair_health_watch set at_risk_since = ? where mentorship_id = ?",
                ru.nastavnik.SchoolToday.date().minusDays(14),
                pair.mentorship().value());
        for (NastavnikPrincipal who : List.of(municipal, regional)) {
            mvc.perform(get("/monitoring/escalations")
                            .param("organisation", municipality.toString())
                            .with(user(who)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(row)))
                    .andExpect(content().string(containsString("<td>&lt; 3</td>")))
                    .andExpect(content().string(not(containsString("Морозова"))))
                    .andExpect(content().string(not(containsString("Соловьёва"))));
        }
        mvc.perform(get("/monitoring/escalations")
                        .param("organisation", region.toString())
                        .with(user(regional)))
                .andExpect(content().string(containsString(row)));
        mvc.perform(get("/").with(user(municipal)))
                .andExpect(content().string(containsString("Школ, где пары остаются под угрозой сверх срока: 1.")));

        Fixtures.World other = fixtures.world();
        mvc.perform(get("/monitoring/escalations")
                        .param("organisation", municipality.toString())
                        .with(user(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, other.municipality()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/escalations")
                        .param("organisation", municipality.toString())
                        .with(user(pair.curator())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/escalations")
                        .param("organisation", pair.school().toString())
                        .with(user(pair.curator())))
                .andExpect(status().isNotFound());
    }
}
