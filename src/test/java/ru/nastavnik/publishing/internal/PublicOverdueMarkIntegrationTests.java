package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.roadmap.internal.ActivityEdit;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.OrganisationId;

/**
 * The section's setting «Показывать на публичной дорожной карте отметку о просрочке» (V162): off by default, an
 * activity past its deadline reads «Запланировано» on the section and its accessible version; on, «Просрочено» as on
 * the curator's own roadmap. Set on the settings page or through the API, audited, and the cached public page is
 * rendered again at once; a value that is not true/false is a 422 with a Russian sentence and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicOverdueMarkIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    PublicSites sites;

    @Autowired
    JdbcTemplate jdbc;

    /** A school whose stage-5 activity's deadline was yesterday; its content, to find it on the pages. */
    private String overdueActivity(PublishingWorld.World w) {
        LocalDate yesterday = SchoolToday.date().minusDays(1);
        Assumptions.assumeTrue(
                !yesterday.isBefore(ru.nastavnik.roadmap.internal.SchoolYear.of(SchoolToday.date())
                        .start()),
                "the school year's first day has no past in it");
        PlanView plan = plans.plan(w.curator(), w.school(), null).orElseThrow();
        PlanView.ActivityView support = plan.stages().get(4).activities().get(2);
        plans.edit(
                w.curator(),
                new ActivityId(support.id()),
                new ActivityEdit(support.content(), yesterday, null),
                support.version());
        return support.content();
    }

    @Test
    void offByDefaultTheOverdueActivityReadsPlannedOnTheSectionAndItsAccessibleVersion() throws Exception {
        PublishingWorld.World w = worlds.create();
        String activity = overdueActivity(w);
        String section = "/o/" + w.slug() + "/nastavnichestvo";

        String page = read(section);
        assertThat(badgeOf(page, activity)).isEqualTo("Запланировано");
        assertThat(page).doesNotContain("Просрочено");
        String accessible = read(section + "/dlya-slabovidyashchih");
        assertThat(accessible).contains(activity).doesNotContain("Просрочено");
        assertThat(accessibleStatusOf(accessible, activity)).isEqualTo("Запланировано");
        // the settings page shows the box unticked
        assertThat(settingsPage(w)).containsPattern("id=\"show-overdue\"(?![^>]*checked)[^>]*>");
    }

    @Test
    void turnedOnOnTheSettingsPageTheCachedSectionShowsTheMarkAtOnceAndTheChangeIsAudited() throws Exception {
        PublishingWorld.World w = worlds.create();
        String activity = overdueActivity(w);
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        String hidden = read(section);
        read(section); // served from the cache under the same stamp
        long version = version(w.school());

        mvc.perform(post("/publishing/site/overdue")
                        .param("organisation", w.school().toString())
                        .param("showOverdue", "true")
                        .with(csrf())
                        .with(user(w.curator())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));

        assertThat(version(w.school())).isGreaterThan(version);
        String shown = read(section);
        assertThat(badgeOf(shown, activity)).isEqualTo("Просрочено");
        // every overdue activity (others' deadlines may have passed too) read «Запланировано» before, nothing else
        // moved
        int overdue = count(shown, "Просрочено");
        assertThat(count(hidden, "Запланировано")).isEqualTo(count(shown, "Запланировано") + overdue);
        assertThat(count(hidden, "Выполнено")).isEqualTo(count(shown, "Выполнено"));
        assertThat(accessibleStatusOf(read(section + "/dlya-slabovidyashchih"), activity))
                .isEqualTo("Просрочено");
        assertThat(lastAudit(w.school())).isEqualTo("отметка о просрочке на публичной дорожной карте: показывается");
        assertThat(settingsPage(w)).containsPattern("id=\"show-overdue\"[^>]*checked");

        // the box sent unticked turns it off again
        mvc.perform(post("/publishing/site/overdue")
                        .param("organisation", w.school().toString())
                        .with(csrf())
                        .with(user(w.curator())))
                .andExpect(status().is3xxRedirection());
        assertThat(badgeOf(read(section), activity)).isEqualTo("Запланировано");
        assertThat(lastAudit(w.school())).isEqualTo("отметка о просрочке на публичной дорожной карте: не показывается");
    }

    @Test
    void theApiReadsAndChangesTheSettingAndRefusesAnythingButTrueOrFalseWith422() throws Exception {
        PublishingWorld.World w = worlds.create();
        String activity = overdueActivity(w);
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        String api = "/api/v1/organisations/" + w.school() + "/public-section-settings";
        mvc.perform(get(api).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").value(w.slug()))
                .andExpect(jsonPath("$.showOverdue").value(false));
        assertThat(badgeOf(read(section), activity)).isEqualTo("Запланировано");

        mvc.perform(put(api).with(user(w.curator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"showOverdue\":true}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.showOverdue").value(true));
        assertThat(badgeOf(read(section), activity)).isEqualTo("Просрочено");

        long audited = audited(w.school());
        String sentence = "Настройка «Показывать на публичной дорожной карте отметку о просрочке»: укажите true (да)"
                + " или false (нет).";
        for (String bad :
                new String[] {"{\"showOverdue\":\"да\"}", "{\"showOverdue\":1}", "{}", "{\"showOverdue\":null}"}) {
            mvc.perform(put(api).with(user(w.curator()))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(bad))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("showOverdue"))
                    .andExpect(jsonPath("$.errors[0].message").value(sentence));
        }
        // the same on the page: a value the box never sends is refused with the sentence, nothing changed
        mvc.perform(post("/publishing/site/overdue")
                        .param("organisation", w.school().toString())
                        .param("showOverdue", "да")
                        .with(csrf())
                        .with(user(w.curator())))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(audited(w.school())).isEqualTo(audited);
        assertThat(sites.showsOverdue(w.curator(), w.school())).contains(true);
        assertThat(badgeOf(read(section), activity)).isEqualTo("Просрочено");
    }

    @Test
    void aSchoolWithoutAnAddressIsToldToChooseOneFirst() throws Exception {
        PublishingWorld.World w = worlds.create();
        String api = "/api/v1/organisations/" + w.orgs().schoolB() + "/public-section-settings";
        mvc.perform(get(api).with(user(w.otherCurator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slug").doesNotExist())
                .andExpect(jsonPath("$.showOverdue").value(false));
        mvc.perform(put(api).with(user(w.otherCurator()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"showOverdue\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Сначала выберите адрес публичного раздела: настройка дорожной карты относится к"
                                + " разделу."));
        assertThat(sites.showsOverdue(w.otherCurator(), w.orgs().schoolB())).isEmpty();
    }

    @Test
    void anAreaShowsNoRoadmapSoItsSectionHasNoSuchSetting() throws Exception {
        PublishingWorld.World w = worlds.create();
        var methodologist = worlds.methodologist(w);
        OrganisationId municipality = w.orgs().municipality();
        sites.choose(methodologist, municipality, "mun-" + w.orgs().tag());
        String page = mvc.perform(get("/publishing/site")
                        .param("organisation", municipality.toString())
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("overdue-form").contains("widget-stage-hint");
        mvc.perform(put("/api/v1/organisations/" + municipality + "/public-section-settings")
                        .with(user(methodologist))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"showOverdue\":true}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Отметка о просрочке относится к дорожной карте школы: раздел муниципалитета или"
                                + " региона дорожную карту не показывает."));
        assertThat(sites.showsOverdue(methodologist, municipality)).contains(false);
    }

    /** The status badge printed right after the activity's content on the section's page. */
    static String badgeOf(String page, String activity) {
        Matcher found = Pattern.compile(
                        Pattern.quote(activity) + "</span>\\s*<span class=\"badge[^\"]*\">([^<]+)</span>")
                .matcher(page);
        assertThat(found.find())
                .as("the activity «%s» with its status", activity)
                .isTrue();
        return found.group(1);
    }

    private static String accessibleStatusOf(String page, String activity) {
        Matcher found = Pattern.compile(Pattern.quote(activity) + "</span> —\\s*<span>([^<]+)</span>")
                .matcher(page);
        assertThat(found.find())
                .as("the activity «%s» with its status", activity)
                .isTrue();
        return found.group(1);
    }

    private static int count(String page, String word) {
        return page.split(Pattern.quote(word), -1).length - 1;
    }

    private String settingsPage(PublishingWorld.World w) throws Exception {
        return mvc.perform(get("/publishing/site")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private long version(OrganisationId school) {
        return jdbc.queryForObject(
                "select coalesce(max(version), 0) from publishing_version where organisation_id = ?",
                Long.class,
                school.value());
    }

    private long audited(OrganisationId school) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ? and subject_type = 'PublicSite'",
                Long.class,
                school.value());
    }

    private String lastAudit(OrganisationId school) {
        return jdbc.queryForObject(
                "select details from audit_entry where organisation_id = ? and subject_type = 'PublicSite'"
                        + " order by id desc limit 1",
                String.class,
                school.value());
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
