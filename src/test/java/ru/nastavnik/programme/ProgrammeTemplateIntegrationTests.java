package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.VersionedEdits;
import ru.nastavnik.mentorship.ProgrammeFixtures;

/** A school edits its programme templates; new programmes are drafted from them, or from the shipped ones. */
@SpringBootTest
@AutoConfigureMockMvc
class ProgrammeTemplateIntegrationTests {

    private static final String EDITED = """
            {"goal":"Адаптация в нашей гимназии",
             "activities":[
               {"title":"Экскурсия по гимназии","timing":"OFFSET","offsetDays":3,"responsible":"MENTOR","evidence":"фото"},
               {"title":"Посещение уроков наставника","form":"взаимопосещение","timing":"SPREAD"},
               {"title":"Итоговое собеседование с куратором","timing":"END","responsible":"CURATOR"}]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    ru.nastavnik.organisation.SchoolCalendars calendars;

    @Test
    void aProgrammeIsDraftedFromTheShippedTemplateUntilTheSchoolEditsIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        mvc.perform(get("/api/v1/organisations/" + pair.school() + "/programme-templates")
                        .with(user(pair.curator())))
                .andExpect(jsonPath("$.categories.length()").value(6))
                .andExpect(jsonPath("$.categories[0].edited").value(false))
                .andExpect(jsonPath("$.needs[?(@.code == 'discipline')].suggestion.title")
                        .value(hasItem(containsString("управления классом"))));
        mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                        .with(user(pair.curator())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.goal").value(containsString("молодого специалиста")))
                .andExpect(jsonPath("$.activities.length()").value(4))
                .andExpect(jsonPath("$.activities[0].title").value(containsString("диагностика")))
                .andExpect(jsonPath("$.activities[3].title").value(containsString("Итоговая самооценка")));
    }

    @Test
    void aProgrammeIsDraftedOnTheSchoolsStudyDaysOutsideItsHolidays() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        // the pair started yesterday, and the school's holidays take its first three weeks
        java.time.LocalDate from = SchoolToday.date().minusDays(1);
        java.time.LocalDate to = from.plusDays(20);
        calendars.setHolidays(pair.curator(), pair.school(), List.of(from + ".." + to), version(pair));

        String answer = mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                        .with(user(pair.curator())))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> dates = com.jayway.jsonpath.JsonPath.read(answer, "$.activities[*].dueOn");

        assertThat(dates)
                .isNotEmpty()
                .allSatisfy(d -> assertThat(java.time.LocalDate.parse(d))
                        .as("no activity in the holidays")
                        .isAfter(to));
    }

    @Test
    void aProgrammeIsDraftedFromTheSchoolsEditedTemplate() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline", "parents"));
        String base = "/api/v1/organisations/" + pair.school() + "/programme-templates";
        mvc.perform(put(base + "/YOUNG_SPECIALIST")
                        .with(user(pair.curator()))
                        .header("If-Match", etag(base + "/YOUNG_SPECIALIST", pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edited").value(true))
                .andExpect(jsonPath("$.activities[0].offsetDays").value(3));
        mvc.perform(put(base + "/needs")
                        .with(user(pair.curator()))
                        .header("If-Match", etag(base + "/needs", pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"suggestions":[{"code":"parents","title":"Родительское собрание вместе с наставником","form":"собрание",
                                 "reportForm":"протокол собрания"},
                                {"code":"discipline"}]}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'parents')].edited").value(true));

        mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                        .with(user(pair.curator())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.goal").value("Адаптация в нашей гимназии"))
                .andExpect(jsonPath("$.activities.length()").value(5))
                .andExpect(jsonPath("$.activities[0].title").value("Экскурсия по гимназии"))
                .andExpect(jsonPath("$.activities[0].dueOn")
                        .value(SchoolToday.date().minusDays(1).plusDays(3).toString()))
                .andExpect(jsonPath("$.activities[0].reportForm").value("фото"))
                .andExpect(
                        jsonPath("$.activities[1].title").value("Работа над запросом: Дисциплина и мотивация на уроке"))
                .andExpect(jsonPath("$.activities[2].title").value("Родительское собрание вместе с наставником"))
                .andExpect(jsonPath("$.activities[2].reportForm").value("протокол собрания"))
                .andExpect(jsonPath("$.activities[3].title").value("Посещение уроков наставника"))
                .andExpect(jsonPath("$.activities[4].responsible").value("CURATOR"));
    }

    @Test
    void resettingBringsBackTheShippedTemplate() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String base = "/api/v1/organisations/" + pair.school() + "/programme-templates";
        mvc.perform(put(base + "/YOUNG_SPECIALIST")
                        .with(user(pair.curator()))
                        .header("If-Match", etag(base + "/YOUNG_SPECIALIST", pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED))
                .andExpect(status().isOk());
        mvc.perform(put(base + "/needs")
                        .with(user(pair.curator()))
                        .header("If-Match", etag(base + "/needs", pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suggestions\":[{\"code\":\"parents\",\"title\":\"Своё\"}]}"))
                .andExpect(status().isOk());
        mvc.perform(delete(base + "/YOUNG_SPECIALIST").with(user(pair.curator())))
                .andExpect(jsonPath("$.edited").value(false))
                .andExpect(jsonPath("$.activities.length()").value(3));
        mvc.perform(post("/mentorship/programme-templates/needs/reset")
                        .param("organisation", pair.school().toString())
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(base + "/needs").with(user(pair.curator())))
                .andExpect(jsonPath("$[?(@.code == 'parents')].edited").value(false));
        mvc.perform(post("/api/v1/mentorships/" + pair.mentorship() + "/programme")
                        .with(user(pair.curator())))
                .andExpect(jsonPath("$.goal").value(containsString("молодого специалиста")))
                .andExpect(jsonPath("$.activities[1].title").value(containsString("родительского собрания")));
    }

    @Test
    void aRefusedEditNamesTheRowsAndChangesNothing() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String base = "/api/v1/organisations/" + pair.school() + "/programme-templates";
        mvc.perform(put(base + "/NEW_EMPLOYEE")
                        .with(user(pair.curator()))
                        .header("If-Match", etag(base + "/NEW_EMPLOYEE", pair))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED))
                .andExpect(status().isOk());
        mvc.perform(put(base + "/NEW_EMPLOYEE")
                        .with(user(pair.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                {"goal":"Новая цель","activities":[{"title":"Хорошая строка","timing":"START"},
                  {"title":"","timing":"OFFSET"}]}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("title"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Мероприятие № 2: название пусто или длиннее 500 знаков."))
                .andExpect(jsonPath("$.errors[1].field").value("offsetDays"));
        mvc.perform(
                        put(base + "/needs")
                                .with(user(pair.curator()))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(
                                        "{\"suggestions\":[{\"code\":\"parents\",\"title\":\"Своё\"},{\"code\":\"no-such-need\",\"title\":\"x\"}]}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2));
        mvc.perform(get(base + "/NEW_EMPLOYEE").with(user(pair.curator())))
                .andExpect(jsonPath("$.goal").value("Адаптация в нашей гимназии"))
                .andExpect(jsonPath("$.activities.length()").value(3));
        mvc.perform(get(base + "/needs").with(user(pair.curator())))
                .andExpect(jsonPath("$[?(@.code == 'parents')].edited").value(false));

        String page = "/mentorship/programme-templates/NEW_EMPLOYEE";
        mvc.perform(post(page)
                        .param("organisation", pair.school().toString())
                        .param("goal", "Цель из формы")
                        .param("activities[0].title", "Строка с плохим сроком")
                        .param("activities[0].timing", "OFFSET")
                        .param("activities[0].offsetDays", "много")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name("programme/programme-template-form"))
                .andExpect(content().string(containsString("Мероприятие № 1: укажите число дней от начала программы")))
                .andExpect(content().string(containsString("Строка с плохим сроком")));
        mvc.perform(get(base + "/NEW_EMPLOYEE").with(user(pair.curator())))
                .andExpect(jsonPath("$.goal").value("Адаптация в нашей гимназии"));
    }

    @Test
    void theCuratorEditsATemplateOnItsPageAndATeacherCannotSeeIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String org = pair.school().toString();
        mvc.perform(get("/mentorship/programmes").param("organisation", org).with(user(pair.curator())))
                .andExpect(content().string(containsString("/mentorship/programme-templates?organisation=" + org)));
        mvc.perform(get("/mentorship/programme-templates")
                        .param("organisation", org)
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"template-YOUNG_SPECIALIST\"")));
        mvc.perform(get("/mentorship/programme-templates/ON_REQUEST")
                        .param("organisation", org)
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Открытый урок")));
        mvc.perform(post("/mentorship/programme-templates/ON_REQUEST")
                        .param("organisation", org)
                        .param("version", "0")
                        .param("goal", "Рост по запросу")
                        .param("activities[0].title", "Первая встреча")
                        .param("activities[0].timing", "START")
                        .param("activities[1].title", "Убранная строка")
                        .param("activities[1].timing", "END")
                        .param("activities[1].remove", "true")
                        .param("activities[2].title", "")
                        .param("activities[2].timing", "SPREAD")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(redirectedUrl("/mentorship/programme-templates/ON_REQUEST?organisation=" + org));
        mvc.perform(get("/api/v1/organisations/" + org + "/programme-templates/ON_REQUEST")
                        .with(user(pair.curator())))
                .andExpect(jsonPath("$.goal").value("Рост по запросу"))
                .andExpect(jsonPath("$.activities.length()").value(1))
                .andExpect(jsonPath("$.activities[0].title").value("Первая встреча"));
        mvc.perform(get("/mentorship/programme-templates/needs")
                        .param("organisation", org)
                        .with(user(pair.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"need-parents\"")))
                .andExpect(content().string(containsString(".reportForm\" value=\"протокол родительского собрания\"")));
        mvc.perform(get("/mentorship/programme-templates")
                        .param("organisation", org)
                        .with(user(pair.mentor())))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/organisations/" + org + "/programme-templates/ON_REQUEST")
                        .with(user(pair.mentee()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/organisations/" + org + "/programme-templates/NO_SUCH")
                        .with(user(pair.curator())))
                .andExpect(status().isNotFound());
    }

    /** Two curators edit one template: the second to save on what she read is told, and nothing is lost. */
    @Test
    void aStaleTemplateEditIsRefusedAndAnEditWithoutAVersionIsAskedForIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String url = "/api/v1/organisations/" + pair.school() + "/programme-templates/OTHER";
        String shipped = etag(url, pair);
        assertThat(shipped).isEqualTo("\"0\"");
        String edited = VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                pair.curator(),
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED),
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"goal\":\"Устаревшая цель\",\"activities\":[]}"));
        mvc.perform(get(url).with(user(pair.curator())))
                .andExpect(jsonPath("$.goal").value("Адаптация в нашей гимназии"));

        // a reset is a new version too: an edit read before it does not undo it
        mvc.perform(delete(url).with(user(pair.curator())))
                .andExpect(jsonPath("$.edited").value(false));
        String reset = etag(url, pair);
        assertThat(reset).isNotIn(shipped, edited);
        mvc.perform(put(url).with(user(pair.curator()))
                        .header("If-Match", edited)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(put(url).with(user(pair.curator()))
                        .header("If-Match", reset)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.edited").value(true));
    }

    @Test
    void aStaleTemplateFormKeepsHerInputAndShowsTheOtherValueBesideIt() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String org = pair.school().toString();
        String url = "/api/v1/organisations/" + org + "/programme-templates/OTHER";
        mvc.perform(get("/mentorship/programme-templates/OTHER")
                        .param("organisation", org)
                        .with(user(pair.curator())))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(put(url).with(user(pair.curator()))
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(EDITED))
                .andExpect(status().isOk());
        mvc.perform(post("/mentorship/programme-templates/OTHER")
                        .param("organisation", org)
                        .param("version", "0")
                        .param("goal", "Её цель")
                        .param("activities[0].title", "Её мероприятие")
                        .param("activities[0].timing", "START")
                        .with(user(pair.curator()))
                        .with(csrf()))
                .andExpect(VersionedEdits.staleFormKeeps("Её цель", "Адаптация в нашей гимназии"))
                .andExpect(content().string(containsString("Её мероприятие")));
        mvc.perform(get(url).with(user(pair.curator())))
                .andExpect(jsonPath("$.goal").value("Адаптация в нашей гимназии"));
    }

    private String etag(String url, ProgrammeFixtures.ActivePair pair) throws Exception {
        return VersionedEdits.etag(mvc, url, pair.curator());
    }

    /** The need suggestions are edited as a whole: a save on a stale read is refused, API and page alike. */
    @Test
    void aStaleSaveOfTheNeedSuggestionsIsRefusedAndKeepsHerRows() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("parents"));
        String org = pair.school().toString();
        String url = "/api/v1/organisations/" + org + "/programme-templates/needs";
        String shipped = etag(url, pair);
        assertThat(shipped).isEqualTo("\"0\"");
        VersionedEdits.assertVersionedEdit(
                mvc,
                url,
                pair.curator(),
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suggestions\":[{\"code\":\"parents\",\"title\":\"Собрание с наставником\"}]}"),
                tag -> VersionedEdits.ifMatch(put(url), tag)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suggestions\":[{\"code\":\"parents\",\"title\":\"Устаревшее\"}]}"));
        mvc.perform(get(url).with(user(pair.curator())))
                .andExpect(jsonPath("$[?(@.code == 'parents')].suggestion.title")
                        .value(hasItem("Собрание с наставником")));

        String page = mvc.perform(get("/mentorship/programme-templates/needs")
                        .param("organisation", org)
                        .with(user(pair.curator())))
                .andReturn()
                .getResponse()
                .getContentAsString();
        // her form as the page sends it: every need's row, hers changed
        var form = post("/mentorship/programme-templates/needs")
                .param("organisation", org)
                .param("version", "0");
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile(
                        "name=\"rows\\[(\\d+)\\]\\.code\" value=\"([^\"]+)\"")
                .matcher(page);
        while (rows.find()) {
            form.param("rows[" + rows.group(1) + "].code", rows.group(2));
            if (rows.group(2).equals("parents")) {
                form.param("rows[" + rows.group(1) + "].title", "Её мероприятие");
            }
        }
        mvc.perform(form.with(user(pair.curator())).with(csrf()))
                .andExpect(VersionedEdits.staleFormKeeps("Её мероприятие", "Собрание с наставником"));
        mvc.perform(get(url).with(user(pair.curator())))
                .andExpect(jsonPath("$[?(@.code == 'parents')].suggestion.title")
                        .value(hasItem("Собрание с наставником")));
    }

    private long version(ProgrammeFixtures.ActivePair pair) {
        return calendars.holidays(pair.curator(), pair.school()).version();
    }
}
