package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.consent.DistributionScope;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.consent.internal.ConsentScopes;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationStatus;
import ru.nastavnik.shared.web.Flash;

/**
 * Issue 18, item 3: a person must be covered for the item's kind and for every resource it goes to — the section
 * always, Telegram and VK where the school posts; a refusal names her and what is missing, nothing changes; a post to
 * a resource her consent stopped covering since is not sent, the curator told why; narrowing her consent takes her
 * off what it no longer covers and lists the posts there for deletion.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentScopeChannelsIntegrationTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    MockMvc mvc;

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelDeliveries deliveries;

    @Autowired
    ChannelSettings settings;

    @Autowired
    PublicationManagement publications;

    @Autowired
    ConsentManagement consents;

    @Autowired
    ConsentScopes scopes;

    @Autowired
    MessageSource messages;

    @Autowired
    Listeners listeners;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void clean() {
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void publishingIsRefusedForAPersonCoveredForNewsButNotForTelegramAndAllowedOnceTheItemGoesOnlyWhereSheIs()
            throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PersonId teacher = worlds.teacher(w, "Орлова");
        consent(
                w,
                teacher,
                List.of(DistributionKind.NEWS),
                List.of(DistributionChannel.SECTION, DistributionChannel.VK));
        PublicationId id = worlds.draft(w, "Семинар", "<p>Выступила Орлова Ольга Петровна.</p>", List.of(teacher));
        long version = publications.get(w.curator(), id).version();

        MvcResult refused = mvc.perform(post("/publishing/publications/" + id + "/publish")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(told(refused))
                .isEqualTo("Нельзя опубликовать: нет действующего согласия на распространение персональных данных"
                        + " (152-ФЗ, ст. 10.1) у: Орлова Ольга Петровна (согласие на распространение не охватывает:"
                        + " ресурс «Канал школы в Telegram»).");
        assertThat(publications.get(w.curator(), id).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(publications.get(w.curator(), id).version()).isEqualTo(version);
        assertThat(jdbc.queryForObject(
                        "select count(*) from publishing_outbox where publication_id = ?", Integer.class, id.value()))
                .isZero();

        // the school stops posting to Telegram: the item goes to the section and VK only, both covered
        settings.save(
                w.curator(), w.school(), ChannelKind.TELEGRAM, false, ChannelsWorld.CHAT, ChannelsWorld.BOT_TOKEN);
        publications.publish(w.curator(), w.school(), id);
        deliveries.deliverDue();
        assertThat(fake.requests()).extracting(FakeChannels.Request::path).containsExactly("/vk/method/wall.post");
    }

    @Test
    void aPersonWhoseConsentCoversNewsButNotPhotosOnTheItemsResourcesIsRefusedWithTheKindNamed() {
        ChannelsWorld.World w = worlds.create(false);
        PersonId teacher = worlds.teacher(w, "Белова");
        consent(w, teacher, List.of(DistributionKind.PHOTOS), List.of(DistributionChannel.SECTION));
        PublicationId id = worlds.draft(w, "Урок", "<p>Провела Белова Ольга Петровна.</p>", List.of(teacher));

        ru.nastavnik.shared.InvalidInputException refused = org.assertj.core.api.Assertions.catchThrowableOfType(
                ru.nastavnik.shared.InvalidInputException.class,
                () -> publications.publish(w.curator(), w.school(), id));
        var problem = refused.problems().get(0);
        assertThat(messages.getMessage(problem.messageKey(), problem.args().toArray(), Locale.forLanguageTag("ru")))
                .isEqualTo("Нельзя опубликовать: нет действующего согласия на распространение персональных данных"
                        + " (152-ФЗ, ст. 10.1) у: Белова Ольга Петровна (согласие на распространение не охватывает:"
                        + " материалы «Новости»).");
        assertThat(publications.get(w.curator(), id).status()).isEqualTo(PublicationStatus.DRAFT);
    }

    @Test
    void aPostToAChannelHerConsentStoppedCoveringIsNotSentAndTheCuratorIsToldWhoLacksIt() {
        ChannelsWorld.World w = worlds.create(true);
        PersonId teacher = worlds.teacher(w, "Титова");
        ConsentId consent = worlds.consent(w, teacher);
        PublicationId id = worlds.draft(w, "Педсовет", "<p>Выступила Титова Ольга Петровна.</p>", List.of(teacher));
        publications.publish(w.curator(), w.school(), id);

        narrow(w, consent, DistributionChannel.SECTION, DistributionChannel.VK);
        deliveries.deliverDue();

        assertThat(fake.requests()).extracting(FakeChannels.Request::path).containsExactly("/vk/method/wall.post");
        assertThat(jdbc.queryForMap(
                        "select status, error from publishing_outbox where publication_id = ? and kind = 'TELEGRAM'",
                        id.value()))
                .containsEntry("status", "FAILED")
                .containsEntry(
                        "error",
                        "Нет действующего согласия на распространение у: Титова Ольга Петровна (согласие на"
                                + " распространение не охватывает: ресурс «Канал школы в Telegram»). Пост не отправлен.");
    }

    @Test
    void narrowingHerConsentListsTheTelegramPostForDeletionThenTakesHerNameOffTheSection() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PersonId teacher = worlds.teacher(w, "Зайцева");
        ConsentId consent = worlds.consent(w, teacher);
        PublicationId id = worlds.draft(w, "Конкурс", "<p>Победила Зайцева Ольга Петровна.</p>", List.of(teacher));
        publications.publish(w.curator(), w.school(), id);
        deliveries.deliverDue();
        String news = "/o/" + w.slug() + "/nastavnichestvo/news/" + id;

        narrow(w, consent, DistributionChannel.SECTION, DistributionChannel.VK);
        assertThat(stale(id, "TELEGRAM")).isEqualTo("CONSENT_NARROWED");
        assertThat(stale(id, "VK")).isNull();
        assertThat(read(news)).contains("Зайцева Ольга Петровна");
        assertThat(read("/publishing/channels/to-delete?organisation=" + w.school(), w))
                .contains("Конкурс", "Согласие на распространение больше не охватывает этот ресурс")
                .contains("https://t.me/school_channel/777");

        scopes.narrow(
                w.curator(),
                w.school(),
                consent,
                DistributionScope.of(List.of(DistributionKind.EVENTS), List.of(DistributionChannel.SECTION)));
        listeners.awaitCompletion();
        assertThat(read(news)).doesNotContain("Зайцева").contains("[имя скрыто]");
        assertThat(stale(id, "VK")).isEqualTo("NAME_HIDDEN");
    }

    private void consent(
            ChannelsWorld.World w, PersonId person, List<DistributionKind> kinds, List<DistributionChannel> channels) {
        consents.recordGiven(
                w.curator(),
                w.school(),
                new GiveConsent(
                        person.toString(),
                        ConsentPurpose.PUBLICATION,
                        SchoolToday.date(),
                        null,
                        List.of("ФИО"),
                        DistributionScope.of(kinds, channels)));
    }

    /** Everything but the channels left: she stops allowing the others. */
    private void narrow(ChannelsWorld.World w, ConsentId consent, DistributionChannel... left) {
        scopes.narrow(
                w.curator(),
                w.school(),
                consent,
                DistributionScope.of(DistributionScope.everything().kinds(), List.of(left)));
        listeners.awaitCompletion();
    }

    private String stale(PublicationId id, String kind) {
        return jdbc.queryForObject(
                "select stale from publishing_outbox where publication_id = ? and kind = ?",
                String.class,
                id.value(),
                kind);
    }

    private String told(MvcResult result) {
        Flash flash = (Flash) result.getFlashMap().get("flashError");
        assertThat(flash).isNotNull();
        return messages.getMessage(flash.key(), flash.args(), Locale.forLanguageTag("ru"))
                .replace('\u00a0', ' ');
    }

    private String read(String url) throws Exception {
        return mvc.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String read(String url, ChannelsWorld.World w) throws Exception {
        return mvc.perform(get(url).with(user(w.curator())))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
