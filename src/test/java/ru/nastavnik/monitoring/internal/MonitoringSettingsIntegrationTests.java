package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import ru.nastavnik.Fixtures;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The monitoring settings: inherited down the tree, set by each level, refused in Russian, used by the figures. */
@SpringBootTest
@AutoConfigureMockMvc
class MonitoringSettingsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

    @Autowired
    IndicatorFigures indicators;

    @Autowired
    ProgrammeFixtures pairs;

    @Autowired
    JdbcTemplate jdbc;

    static String api(OrganisationId org) {
        return "/api/v1/organisations/" + org + "/monitoring-settings";
    }

    static String body(int age, int years, int quiet, int escalation) {
        return "{\"youngMaxAge\":%d,\"youngMaxTeachingYears\":%d,\"quietDays\":%d,\"escalationDays\":%d}"
                .formatted(age, years, quiet, escalation);
    }

    ResultActions set(NastavnikPrincipal who, OrganisationId org, String body) throws Exception {
        String tag = VersionedEdits.etag(mvc, api(org), who);
        return mvc.perform(put(api(org))
                .with(user(who))
                .header("If-Match", tag)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    @Test
    void aSchoolTakesItsOwnThenItsMunicipalitysThenItsRegionsThenTheDefaults() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal directorB = fixtures.user(Role.DIRECTOR, world.schoolB());
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region());

        mvc.perform(get(api(world.schoolA())).with(user(curatorA)))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.source").value("DEFAULTS"))
                .andExpect(jsonPath("$.youngMaxAge").value(35))
                .andExpect(jsonPath("$.youngMaxTeachingYears").value(3))
                .andExpect(jsonPath("$.quietDays").value(21))
                .andExpect(jsonPath("$.escalationDays").value(14));

        set(regional, world.region(), body(33, 2, 28, 10))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("OWN"));
        mvc.perform(get(api(world.schoolA())).with(user(curatorA)))
                .andExpect(jsonPath("$.source").value("INHERITED"))
                .andExpect(jsonPath("$.sourceOrganisation").value(world.region().toString()))
                .andExpect(jsonPath("$.youngMaxAge").value(33))
                .andExpect(jsonPath("$.quietDays").value(28));

        set(municipal, world.municipality(), body(30, 5, 14, 7)).andExpect(status().isOk());
        set(curatorA, world.schoolA(), body(35, 3, 30, 20))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));

        mvc.perform(get(api(world.schoolA())).with(user(curatorA)))
                .andExpect(jsonPath("$.source").value("OWN"))
                .andExpect(jsonPath("$.quietDays").value(30))
                .andExpect(jsonPath("$.escalationDays").value(20));
        mvc.perform(get(api(world.schoolB())).with(user(directorB)))
                .andExpect(jsonPath("$.source").value("INHERITED"))
                .andExpect(jsonPath("$.sourceOrganisation")
                        .value(world.municipality().toString()))
                .andExpect(jsonPath("$.youngMaxAge").value(30))
                .andExpect(jsonPath("$.quietDays").value(14));
        mvc.perform(get("/monitoring/settings")
                        .param("organisation", world.schoolB().toString())
                        .with(user(directorB)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("действуют настройки организации «Район " + world.tag() + "»")))
                .andExpect(content().string(containsString("value=\"14\"")));
        // those above read a school's settings but do not set them
        mvc.perform(get(api(world.schoolA())).with(user(municipal)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.quietDays").value(30));
        set(municipal, world.schoolA(), body(35, 3, 21, 14)).andExpect(status().isForbidden());
        mvc.perform(get("/monitoring/settings")
                        .param("organisation", world.schoolA().toString())
                        .with(user(regional)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("disabled")))
                .andExpect(content().string(containsString("можете их только просматривать")));
    }

    @Test
    void valuesOutOfRangeAreNamedInRussianAndNothingIsSaved() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        set(curator, world.schoolA(), body(35, 3, 30, 20)).andExpect(status().isOk());

        set(curator, world.schoolA(), body(50, 0, 3, 14))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("youngMaxAge"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Возраст молодого педагога — целое число лет от 25 до 40."))
                .andExpect(
                        jsonPath("$.errors[1].message").value("Стаж молодого педагога — целое число лет от 1 до 10."))
                .andExpect(jsonPath("$.errors[2].message").value("Число дней без встреч — от 7 до 90."))
                .andExpect(jsonPath("$.errors.length()").value(3));
        mvc.perform(put(api(world.schoolA()))
                        .with(user(curator))
                        .header("If-Match", "\"1\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"youngMaxAge\":35}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.length()").value(3));
        Object refused = mvc.perform(post("/monitoring/settings")
                        .with(user(curator))
                        .with(csrf())
                        .param("organisation", world.schoolA().toString())
                        .param("version", "1")
                        .param("youngMaxAge", "35")
                        .param("youngMaxTeachingYears", "3")
                        .param("quietDays", "30")
                        .param("escalationDays", "0"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getFlashMap()
                .get("flashError");
        assertThat(((ru.nastavnik.shared.web.Flash) refused).key())
                .isEqualTo("monitoringHealth.settings.escalationDays.range");
        mvc.perform(get(api(world.schoolA())).with(user(curator)))
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.quietDays").value(30))
                .andExpect(jsonPath("$.escalationDays").value(20));
    }

    @Test
    void anEditNeedsTheVersionItWasMadeOn() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region());
        String url = api(world.region());
        VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                regional,
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(34, 3, 21, 14)),
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body(30, 3, 21, 14)));
        mvc.perform(get(url).with(user(regional)))
                .andExpect(jsonPath("$.youngMaxAge").value(34));
        mvc.perform(post("/monitoring/settings")
                        .with(user(regional))
                        .with(csrf())
                        .param("organisation", world.region().toString())
                        .param("version", "0")
                        .param("youngMaxAge", "30")
                        .param("youngMaxTeachingYears", "3")
                        .param("quietDays", "21")
                        .param("escalationDays", "14"))
                .andExpect(flash().attributeExists("flashError"));
        mvc.perform(get(url).with(user(regional)))
                .andExpect(jsonPath("$.youngMaxAge").value(34));
    }

    /**
     * School S (district M), year 1.09.2025–31.08.2026: y1 born 1.01.2000 with 1 year of teaching (26 on 31.08.2026)
     * and y2 born 1.01.1993 with 2 years (33) are mentees of a working pair; y3 born 1.01.1998 with 5 years (28) is not.
     * Defaults (under 35, up to 3 years): young y1, y2, both mentored → 2 / 2. District's (under 30, up to 5 years):
     * young y1, y3 → 1 / 2. The school's own (35, 3) wins over the district's → 2 / 2 again.
     */
    @Test
    void theShareOfYoungTeachersWithAMentorCountsYoungAsTheSchoolsSettingsSay() throws Exception {
        OrganisationId region = w.org("Регион", OrganisationKind.REGION, null);
        OrganisationId district = w.org("Район", OrganisationKind.MUNICIPALITY, region);
        OrganisationId school = w.org("Школа", OrganisationKind.ORGANISATION, district);
        UUID mentor = w.person(school, LocalDate.of(1970, 1, 1), 25);
        UUID y1 = w.person(school, LocalDate.of(2000, 1, 1), 1);
        UUID y2 = w.person(school, LocalDate.of(1993, 1, 1), 2);
        w.person(school, LocalDate.of(1998, 1, 1), 5);
        w.pair(school, "педагог — педагог", "ACTIVE", LocalDate.of(2025, 10, 1), null, mentor, y1, y2);
        IndicatorPeriod year = new IndicatorPeriod(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31));
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, school);

        assertThat(indicators.computed(director, school, year).total().get("YOUNG_WITH_MENTOR"))
                .isEqualTo(new Figure(2, 2));
        set(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, district), district, body(30, 5, 21, 14))
                .andExpect(status().isOk());
        assertThat(indicators.computed(director, school, year).total().get("YOUNG_WITH_MENTOR"))
                .isEqualTo(new Figure(1, 2));
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, region);
        assertThat(indicators.computed(regional, region, year).total().get("YOUNG_WITH_MENTOR"))
                .isEqualTo(new Figure(1, 2));
        set(director, school, body(35, 3, 21, 14)).andExpect(status().isOk());
        assertThat(indicators.computed(regional, region, year).total().get("YOUNG_WITH_MENTOR"))
                .isEqualTo(new Figure(2, 2));
    }

    @Test
    void aPairIsQuietAfterTheSchoolsNumberOfDays() throws Exception {
        ProgrammeFixtures.ActivePair pair = pairs.activePair(List.of("discipline"));
        jdbc.update(
                "update mentorship set starts_on = ? where id = ?",
                ru.nastavnik.SchoolToday.date().minusDays(25),
                pair.mentorship().value());
        String health = "/api/v1/organisations/" + pair.school() + "/pair-health";
        String one = "$[?(@.id == '" + pair.mentorship() + "')]";
        mvc.perform(get(health).with(user(pair.curator())))
                .andExpect(jsonPath(one + ".health").value("NEEDS_ATTENTION"))
                .andExpect(jsonPath(one + ".reasons[*].code").value("noMeeting"));

        set(pair.curator(), pair.school(), body(35, 3, 25, 14)).andExpect(status().isOk());
        mvc.perform(get(health).with(user(pair.curator())))
                .andExpect(jsonPath(one + ".health").value("ON_TRACK"));
        mvc.perform(get("/monitoring/pairs")
                        .param("organisation", pair.school().toString())
                        .with(user(pair.curator())))
                .andExpect(content()
                        .string(containsString("без записанной встречи дольше 25 дн. — требует внимания, "
                                + "дольше 50 дн. — под угрозой")));
        set(pair.curator(), pair.school(), body(35, 3, 24, 14)).andExpect(status().isOk());
        mvc.perform(get(health).with(user(pair.curator())))
                .andExpect(jsonPath(one + ".health").value("NEEDS_ATTENTION"));
    }
}
