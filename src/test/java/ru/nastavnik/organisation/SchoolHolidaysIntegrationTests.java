package ru.nastavnik.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The pupils' holidays an organisation's school year is dated by: a territory sets them for its schools, a school its
 * own where they differ; the programmes' plans and a pair's default end follow them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolHolidaysIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SchoolCalendars calendars;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSchoolTakesItsTerritorysHolidaysUntilItSetsItsOwn() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        String municipal = "/organisation/organisations/" + world.municipality() + "/holidays";
        String school = "/organisation/organisations/" + world.schoolA() + "/holidays";

        mvc.perform(post(municipal)
                        .with(user(methodologist))
                        .with(csrf())
                        .param("version", version(municipal, methodologist))
                        .param("periods", "24.10.2026–01.11.2026\n\n2026-12-31..2027-01-11"))
                .andExpect(redirectedUrl(municipal))
                .andExpect(flash().attribute("flash", org.hamcrest.Matchers.notNullValue()));
        mvc.perform(get(school).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Установлены вышестоящей организацией")))
                .andExpect(content().string(containsString("<li>24.10.2026–01.11.2026</li>")))
                .andExpect(content().string(containsString("<li>31.12.2026–11.01.2027</li>")));
        assertThat(calendars.termOf(world.schoolA()).studyDay(LocalDate.of(2026, 10, 26)))
                .as("a Monday of the territory's autumn holidays")
                .isFalse();

        // a trimester school has holidays of its own
        mvc.perform(post(school)
                        .with(user(director))
                        .with(csrf())
                        .param("version", version(school, director))
                        .param("periods", "с 05.10.2026 по 11.10.2026"))
                .andExpect(redirectedUrl(school));
        mvc.perform(get(school).with(user(director)))
                .andExpect(content().string(containsString("Установлены организацией")))
                .andExpect(content().string(containsString("05.10.2026–11.10.2026")))
                .andExpect(content().string(not(containsString("<li>24.10.2026–01.11.2026</li>"))));
        assertThat(calendars.termOf(world.schoolA()).studyDay(LocalDate.of(2026, 10, 26)))
                .isTrue();
        assertThat(calendars.termOf(world.schoolA()).studyDay(LocalDate.of(2026, 10, 6)))
                .isFalse();
        assertThat(calendars.termOf(world.schoolB()).studyDay(LocalDate.of(2026, 10, 26)))
                .as("the other school of the territory keeps the territory's")
                .isFalse();
        assertThat(jdbc.queryForObject(
                        "select details from audit_entry where organisation_id = ? and subject_type = 'Organisation' "
                                + "order by id desc limit 1",
                        String.class,
                        world.schoolA().value()))
                .isEqualTo("каникулы обучающихся: 2026-10-05..2026-10-11");

        // an empty form takes the territory's again
        mvc.perform(post(school)
                        .with(user(director))
                        .with(csrf())
                        .param("version", version(school, director))
                        .param("periods", " "))
                .andExpect(redirectedUrl(school));
        assertThat(calendars.termOf(world.schoolA()).studyDay(LocalDate.of(2026, 10, 26)))
                .isFalse();
    }

    /**
     * The system's settings ship one school year's holidays: a school in the next year, with none of its own nor above
     * it, is told on its home page and the holidays page, until its curator sets them.
     */
    @Test
    void aSchoolWithNoHolidaysForTheCurrentSchoolYearIsToldUntilItSetsThem() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String school = "/organisation/organisations/" + world.schoolA() + "/holidays";
        LocalDate today = ru.nastavnik.SchoolToday.date();
        int autumn = today.getMonthValue() >= 6 ? today.getYear() : today.getYear() - 1;
        String year = autumn + "/" + String.format("%02d", (autumn + 1) % 100);
        mvc.perform(get("/").with(user(curator)))
                .andExpect(content().string(containsString("id=\"tile-holidays\"")))
                .andExpect(content().string(containsString("На " + year + " учебный год не заданы каникулы")));
        mvc.perform(get(school).with(user(curator)))
                .andExpect(content().string(containsString("id=\"holidays-missing\"")));

        calendars.setHolidays(curator, world.schoolA(), List.of("26.10." + autumn + "–03.11." + autumn), 0L);
        mvc.perform(get("/").with(user(curator))).andExpect(content().string(not(containsString("tile-holidays"))));
        mvc.perform(get(school).with(user(curator)))
                .andExpect(content().string(not(containsString("holidays-missing"))));
    }

    @Test
    void aRefusedListNamesEachWrongPeriodAndKeepsWhatWasSaved() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String school = "/organisation/organisations/" + world.schoolA() + "/holidays";
        calendars.setHolidays(curator, world.schoolA(), List.of("05.10.2026–11.10.2026"), 0L);

        mvc.perform(post(school)
                        .with(user(curator))
                        .with(csrf())
                        .param("version", version(school, curator))
                        .param("periods", "24.10.2026–01.11.2026\nосенние\n31.02.2027\n24.12.2026–24.01.2027"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Период 2: «осенние» — не период каникул")))
                .andExpect(content().string(containsString("Период 3: «31.02.2027» — такой даты нет")))
                .andExpect(content().string(containsString("каникулы длиннее предельного срока (31 календарных дн.)")))
                .andExpect(content().string(containsString("01.11.2026\nосенние\n31.02.2027")));
        assertThat(calendars.holidays(curator, world.schoolA()).periods())
                .extracting(Object::toString)
                .as("nothing of the refused list saved")
                .containsExactly("2026-10-05..2026-10-11");
    }

    @Test
    void onlyTheSchoolsDirectorOrCuratorSetsItsHolidays() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal mentor = fixtures.user(Role.MENTOR, world.schoolA());
        NastavnikPrincipal municipal = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String school = "/organisation/organisations/" + world.schoolA() + "/holidays";
        String api = "/api/v1/organisations/" + world.schoolA() + "/school-holidays";

        mvc.perform(get(school).with(user(mentor)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"periods\""))));
        mvc.perform(post(school)
                        .with(user(mentor))
                        .with(csrf())
                        .param("version", "0")
                        .param("periods", "23.02.2027"))
                .andExpect(status().isForbidden());
        mvc.perform(put(api).with(user(municipal))
                        .header("If-Match", VersionedEdits.etag(mvc, api, municipal))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periods\":[]}"))
                // a methodologist sets her territory's, not a school's
                .andExpect(status().isForbidden());
        assertThat(calendars.holidays(Fixtures.SYSTEM, world.schoolA()).own()).isFalse();
    }

    @Test
    void theApiSetsAndReadsTheHolidaysOnTheOrganisationsVersion() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal director = fixtures.user(Role.DIRECTOR, world.schoolA());
        String api = "/api/v1/organisations/" + world.schoolA() + "/school-holidays";
        String body = "{\"periods\":[{\"from\":\"2027-03-27\",\"to\":\"2027-04-04\"}]}";

        mvc.perform(get(api).with(user(director)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.own").value(false));
        VersionedEdits.assertVersionedEdit(
                mvc,
                api,
                director,
                etag -> VersionedEdits.ifMatch(put(api), etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                etag -> VersionedEdits.ifMatch(put(api), etag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"periods\":[]}"));
        mvc.perform(get(api).with(user(director)))
                .andExpect(jsonPath("$.own").value(true))
                .andExpect(jsonPath("$.setBy").value(world.schoolA().toString()))
                .andExpect(jsonPath("$.periods[0].from").value("2027-03-27"))
                .andExpect(jsonPath("$.periods[0].to").value("2027-04-04"));
        mvc.perform(
                        put(api).with(user(director))
                                .header("If-Match", VersionedEdits.etag(mvc, api, director))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"periods\":[{\"from\":\"2027-03-27\",\"to\":\"2028-04-04\"},{\"from\":\"2027-05-27\"}]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("periods"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Период 1")))
                .andExpect(jsonPath("$.errors[1].message").value(containsString("Период 2")));
        mvc.perform(get(api).with(user(director)))
                .andExpect(jsonPath("$.periods.length()").value(1));
    }

    private String version(String page, NastavnikPrincipal reader) throws Exception {
        String html = mvc.perform(get(page).with(user(reader)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"version\" value=\"(\\d+)\"")
                .matcher(html);
        assertThat(m.find()).as("the form's version").isTrue();
        return m.group(1);
    }
}
