package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.publishing.channels.ChannelKind;
import ru.nastavnik.publishing.channels.ChannelSettings;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Flash;

/**
 * Issue 18, item 3 (152-ФЗ art. 10.1; Приказ Роскомнадзора № 18): a consent to distribution records the kinds of
 * item and the resources ticked on the form — on the person's page, in the API and on the printed form — refuses one
 * with nothing ticked (which field and why, nothing recorded), may be narrowed but never widened, and the narrowing is
 * audited and answers the other modules' question at once.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentScopeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    ConsentReads consentReads;

    @Autowired
    ConsentCheck check;

    @Autowired
    MessageSource messages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Listeners listeners;

    @Autowired
    PublicSites sites;

    @Autowired
    ChannelSettings channels;

    Fixtures.World world;
    NastavnikPrincipal curator;
    PersonId person;

    @BeforeEach
    void setUp() {
        world = fixtures.world();
        curator = fixtures.user(Role.CURATOR, world.schoolA());
        person = staff.create(curator, world.schoolA(), Fixtures.teacher("Громова", "Анна", "Львовна"))
                .id();
    }

    @Test
    void theScopeTickedOnThePageIsRecordedAndShownOnHerConsentsPage() throws Exception {
        mvc.perform(post("/consent/persons/" + person + "/given")
                        .param("purpose", "PUBLICATION")
                        .param("givenOn", SchoolToday.date().toString())
                        .param("publishedItems", "ФИО, фото")
                        .param("distributionKinds", "NEWS", "PHOTOS")
                        .param("distributionChannels", "SECTION", "TELEGRAM")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        ConsentView given = only();
        assertThat(given.status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(given.scope().kindList()).containsExactly(DistributionKind.NEWS, DistributionKind.PHOTOS);
        assertThat(given.scope().channelList())
                .containsExactly(DistributionChannel.SECTION, DistributionChannel.TELEGRAM);
        assertThat(given.textVersion()).isEqualTo("pub-rkn18-2026-12");
        assertThat(read("/consent/persons/" + person))
                .contains("Новости, Фотографии")
                .contains("Раздел «Наставничество» (ленты, виджет, сайт школы), Канал школы в Telegram");
        assertThat(check.coveredFor(List.of(person), DistributionKind.NEWS, Set.of(DistributionChannel.TELEGRAM)))
                .containsExactly(person);
        assertThat(check.distributionGaps(
                        List.of(person),
                        DistributionKind.EVENTS,
                        Set.of(DistributionChannel.SECTION, DistributionChannel.VK)))
                .containsEntry(
                        person, new DistributionGap(false, DistributionKind.EVENTS, List.of(DistributionChannel.VK)));
    }

    @Test
    void aDistributionConsentWithNoKindOrNoResourceTickedIsRefusedAndNothingIsRecorded() throws Exception {
        MvcResult noKind = mvc.perform(post("/consent/persons/" + person + "/given")
                        .param("purpose", "PUBLICATION")
                        .param("givenOn", SchoolToday.date().toString())
                        .param("publishedItems", "ФИО")
                        .param("distributionChannels", "SECTION")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(told(noKind))
                .isEqualTo("Отметьте хотя бы один вид материалов, в которых можно распространять данные"
                        + " (согласие на распространение без вида материалов ничего не разрешает).");

        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/consents")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\":\"" + person + "\",\"purpose\":\"PUBLICATION\",\"givenOn\":\""
                                + SchoolToday.date() + "\",\"publishedItems\":[\"ФИО\"],"
                                + "\"scope\":{\"kinds\":[\"NEWS\"],\"channels\":[]}}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("scope.channels"))
                .andExpect(
                        jsonPath("$.errors[0].message")
                                .value(
                                        "Отметьте хотя бы один информационный ресурс, на котором можно распространять данные"
                                                + " (согласие на распространение должно называть ресурсы — Приказ Роскомнадзора № 18)."));

        assertThat(consentReads.ofPerson(curator, world.schoolA(), person)).isEmpty();
    }

    @Test
    void aConsentIsNarrowedAtHerDemandNeverWidenedAndTheNarrowingIsAudited() throws Exception {
        ConsentView given = consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        person.toString(),
                        ConsentPurpose.PUBLICATION,
                        SchoolToday.date(),
                        null,
                        List.of("ФИО"),
                        DistributionScope.of(
                                List.of(DistributionKind.NEWS, DistributionKind.EVENTS),
                                List.of(DistributionChannel.SECTION, DistributionChannel.TELEGRAM))));
        String api = "/api/v1/organisations/" + world.schoolA() + "/consents/" + given.id() + "/scope";

        mvc.perform(put(api).with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kinds\":[\"NEWS\",\"PHOTOS\"],\"channels\":[\"SECTION\"]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Расширить согласие на распространение можно только новым подписанным согласием:"
                                + " отметьте лишь то, что уже разрешено."));
        assertThat(only().scope()).isEqualTo(given.scope());

        MvcResult narrowed = mvc.perform(post("/consent/consents/" + given.id() + "/scope")
                        .param("organisation", world.schoolA().toString())
                        .param("person", person.toString())
                        .param("distributionKinds", "NEWS")
                        .param("distributionChannels", "SECTION")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(((Flash) narrowed.getFlashMap().get("flash")).key()).isEqualTo("consentScope.narrowed");
        assertThat(only().scope())
                .isEqualTo(DistributionScope.of(List.of(DistributionKind.NEWS), List.of(DistributionChannel.SECTION)));
        assertThat(check.coveredFor(List.of(person), DistributionKind.NEWS, Set.of(DistributionChannel.TELEGRAM)))
                .isEmpty();
        listeners.awaitCompletion();
        assertThat(jdbc.queryForList(
                        "select details from audit_entry where organisation_id = ? and action = 'CONSENT'",
                        String.class,
                        world.schoolA().value()))
                .contains("согласие на распространение сужено: было Новости, Мероприятия и их итоги;"
                        + " Раздел «Наставничество» (ленты, виджет, сайт школы), Канал школы в Telegram;"
                        + " стало Новости; Раздел «Наставничество» (ленты, виджет, сайт школы)");

        mvc.perform(put(api).with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kinds\":[\"NEWS\"],\"channels\":[]}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("channels"));
        assertThat(only().scope().channelList()).containsExactly(DistributionChannel.SECTION);
    }

    @Test
    void thePrintedFormListsTheResourcesAddressesAndWhatMayBeDistributed() throws Exception {
        String slug = "scope-" + world.tag();
        sites.choose(curator, world.schoolA(), slug);
        channels.save(
                curator,
                world.schoolA(),
                ChannelKind.TELEGRAM,
                true,
                "@scope_channel",
                "123456789:AAH-test_token_0123456789abcdefghijk");
        byte[] docx = mvc.perform(get("/api/v1/organisations/" + world.schoolA() + "/consents/form")
                        .param("personId", person.toString())
                        .param("purpose", "PUBLICATION")
                        .param("format", "docx")
                        .with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = ConsentFormsIntegrationTests.docxText(docx);
        assertThat(text)
                .contains("/o/" + slug + "/nastavnichestvo")
                .contains("☐ канал организации в Telegram https://t.me/scope_channel")
                .contains("☐ сообщество организации во ВКонтакте ____")
                .contains("☐ новости; ☐ мероприятия и их итоги; ☐ лучшие практики, автором которых я являюсь;")
                .contains("☐ фотографии с моим изображением")
                .doesNotContain("{{");
    }

    @Test
    void formsMarkedReceivedTogetherOnTheOverviewCarryTheScopeTickedThere() throws Exception {
        mvc.perform(post("/api/v1/organisations/" + world.schoolA() + "/consents/requests")
                        .with(user(curator))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"purpose\":\"PUBLICATION\",\"personIds\":[\"" + person + "\"]}"))
                .andExpect(status().isCreated());
        ConsentView requested = only();
        String overview = read("/consent/consents?organisation=" + world.schoolA() + "&purpose=PUBLICATION");
        assertThat(overview)
                .contains("name=\"distributionKinds\" value=\"PRACTICES\"")
                .contains("name=\"distributionChannels\" value=\"VK\"");

        MvcResult none = mvc.perform(post("/consent/consents/given")
                        .param("organisation", world.schoolA().toString())
                        .param("purpose", "PUBLICATION")
                        .param("consent", requested.id().toString())
                        .param("givenOn", SchoolToday.date().toString())
                        .param("publishedItems", "ФИО")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(told(none)).contains("Громова Анна Львовна").contains("Отметьте хотя бы один вид материалов");
        assertThat(only().status()).isEqualTo(ConsentStatus.REQUESTED);

        mvc.perform(post("/consent/consents/given")
                        .param("organisation", world.schoolA().toString())
                        .param("purpose", "PUBLICATION")
                        .param("consent", requested.id().toString())
                        .param("givenOn", SchoolToday.date().toString())
                        .param("publishedItems", "ФИО")
                        .param("distributionKinds", "PRACTICES")
                        .param("distributionChannels", "VK")
                        .with(user(curator))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(only().status()).isEqualTo(ConsentStatus.GIVEN);
        assertThat(only().scope())
                .isEqualTo(DistributionScope.of(List.of(DistributionKind.PRACTICES), List.of(DistributionChannel.VK)));
    }

    private ConsentView only() {
        List<ConsentView> all = consentReads.ofPerson(curator, world.schoolA(), person);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url).with(user(curator)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String told(MvcResult result) {
        Flash flash = (Flash) result.getFlashMap().get("flashError");
        assertThat(flash).isNotNull();
        return messages.getMessage(flash.key(), flash.args(), Locale.forLanguageTag("ru"));
    }
}
