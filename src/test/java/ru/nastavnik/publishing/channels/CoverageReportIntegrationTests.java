package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.roadmap.internal.ActivityEvidenceLinks;
import ru.nastavnik.roadmap.internal.ActivityId;
import ru.nastavnik.roadmap.internal.PlanView;
import ru.nastavnik.roadmap.internal.RoadmapPlans;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * Issue 18, item 6: the period's publications by roadmap stage (the activities an item is linked to as evidence) and
 * by channel, each with its links — the section's page and the sent posts — for the school and its municipality; a
 * draft is never in it; a bad period is refused in Russian.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CoverageReportIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelDeliveries deliveries;

    @Autowired
    PublicationManagement publications;

    @Autowired
    RoadmapPlans plans;

    @Autowired
    ActivityEvidenceLinks links;

    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void clean() {
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void thePeriodsItemsComeByStageAndChannelWithTheirLinks() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PublicationId posted = worlds.published(w, "Семинар наставников");
        deliveries.deliverDue();
        PublicationId siteOnly = worlds.published(w, "Новость только на сайте");
        worlds.draft(w, "Черновик отчёта", "<p>Ещё нет</p>", java.util.List.of());
        PlanView plan = plans.plan(w.curator(), w.school(), null).orElseThrow();
        PlanView.ActivityView stage7 = plan.stages().stream()
                .filter(s -> s.number() == 7)
                .flatMap(s -> s.activities().stream())
                .findFirst()
                .orElseThrow();
        links.linkPublication(w.curator(), new ActivityId(stage7.id()), posted.value(), "Семинар наставников");

        String api = "/api/v1/organisations/" + w.school() + "/publishing-report";
        String site = "/o/" + w.slug() + "/nastavnichestvo/news/";
        mvc.perform(get(api).with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].title").value("Семинар наставников"))
                .andExpect(jsonPath("$.items[0].stages").value(contains(7)))
                .andExpect(jsonPath("$.items[0].links[*].channel").value(contains("SITE", "TELEGRAM", "VK")))
                .andExpect(jsonPath("$.items[0].links[1].address").value("https://t.me/school_channel/777"))
                .andExpect(jsonPath("$.items[0].links[2].address").value("https://vk.com/wall-123456_55"))
                .andExpect(jsonPath("$.items[1].title").value("Новость только на сайте"))
                .andExpect(jsonPath("$.items[1].stages.length()").value(0))
                .andExpect(jsonPath("$.items[1].links[*].channel").value(contains("SITE")))
                .andExpect(jsonPath("$.byStage['0']").value(1))
                .andExpect(jsonPath("$.byStage['7']").value(1))
                .andExpect(jsonPath("$.byChannel.SITE").value(2))
                .andExpect(jsonPath("$.byChannel.TELEGRAM").value(1))
                .andExpect(jsonPath("$.byChannel.VK").value(1));
        String firstLink = mvc.perform(get(api).with(user(w.curator())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(firstLink).contains(site + posted, site + siteOnly).doesNotContain("Черновик отчёта");

        NastavnikPrincipal methodologist =
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, w.orgs().municipality());
        mvc.perform(get("/api/v1/organisations/" + w.orgs().municipality() + "/publishing-report")
                        .with(user(methodologist)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].title")
                        .value(containsInAnyOrder("Семинар наставников", "Новость только на сайте")))
                .andExpect(jsonPath("$.items[0].schoolName").value(org.hamcrest.Matchers.startsWith("Школа А")));

        String yesterday =
                LocalDate.now(java.time.ZoneId.of("Europe/Moscow")).minusDays(1).toString();
        mvc.perform(get(api).param("to", yesterday).with(user(w.curator())))
                .andExpect(jsonPath("$.items.length()").value(0));

        String page = mvc.perform(get("/publishing/report")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Информирование: сайт школы, социальные сети, муниципальный и региональный уровни")
                .contains("Не привязаны к этапу")
                .contains("https://t.me/school_channel/777", site + siteOnly);
    }

    @Test
    void aPeriodThatIsNotADateOrRunsBackwardsIsRefusedInRussian() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        String page = mvc.perform(get("/publishing/report")
                        .param("organisation", w.school().toString())
                        .param("from", "2026-13-01")
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Дата «2026-13-01» не распознана: укажите её в виде ГГГГ-ММ-ДД, например 2026-09-01.");
        String backwards = mvc.perform(get("/publishing/report")
                        .param("organisation", w.school().toString())
                        .param("from", "2026-10-01")
                        .param("to", "2026-09-01")
                        .with(user(w.curator())))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(backwards).contains("Начало периода позже его конца: укажите даты по порядку.");
        mvc.perform(get("/api/v1/organisations/" + w.school() + "/publishing-report")
                        .param("from", "2026-10-01")
                        .param("to", "2026-09-01")
                        .with(user(w.curator())))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString(
                                "Начало периода позже его конца: укажите даты по порядку.")));
    }
}
