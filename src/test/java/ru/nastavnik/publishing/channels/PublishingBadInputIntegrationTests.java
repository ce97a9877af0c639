package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.util.HtmlUtils;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationStatus;
import ru.nastavnik.shared.web.Flash;

/**
 * Issue 18's «bad input» list as the curator meets it in the browser: each refusal is the exact Russian sentence on
 * the page she lands on, and nothing changes — the text's script, handlers and {@code javascript:} links are stripped
 * and named; an image that is not one or is 40,000 pixels wide is refused and not stored; a slug that is taken,
 * reserved or not Latin leaves every address as it was; publishing a person without consent keeps the draft and
 * queues no post. (A rejected token and a service down or answering 429: {@link ChannelsDeliveryIntegrationTests}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingBadInputIntegrationTests {

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
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void clean() {
        deliveries.deliverDue();
        fake.reset();
    }

    @Test
    void scriptHandlersAndJavascriptLinksAreStrippedAndTheCuratorIsToldWhatWent() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        MvcResult saved = mvc.perform(post("/publishing/publications")
                        .param("organisation", w.school().toString())
                        .param("title", "Итоги семинара")
                        .param(
                                "body",
                                "<p onclick=\"alert(1)\">Текст</p><script>alert(2)</script>"
                                        + "<p><a href=\"javascript:alert(3)\">ссылка</a></p>")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        Flash told = (Flash) saved.getFlashMap().get("flash");
        assertThat(told.key()).isEqualTo("publishing.savedStripped");
        String what = (String) told.args()[0];
        assertThat(Arrays.asList(what.split(", "))).containsExactly("onclick", "<script>", "<a>");

        assertThat(told(saved, "flash"))
                .isEqualTo("Новость сохранена. Из текста удалено недопустимое: onclick, <script>, <a>.");
        assertThat(landing(saved, w.curator())).contains(HtmlUtils.htmlEscape("Итоги семинара"));
        PublicationId id = PublicationId.of(
                saved.getResponse().getRedirectedUrl().replaceAll(".*/publications/([0-9a-f-]{36}).*", "$1"));
        assertThat(publications.get(w.curator(), id).body())
                .isEqualTo("<p>Текст</p><p>ссылка</p>")
                .doesNotContain("alert", "javascript", "onclick", "script");
    }

    @Test
    void anImageThatIsNotOneOr40000PixelsWideIsRefusedInRussianAndNothingIsStored() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        PublicationId id = worlds.draft(w, "С фотографией", "<p>Текст</p>", List.of());
        long version = publications.get(w.curator(), id).version();
        String photos = "/publishing/channels/publications/" + id + "/photos";

        MvcResult wide = mvc.perform(multipart(photos)
                        .file(new MockMultipartFile("file", "panorama.png", "image/png", TestImages.png(40_000, 1)))
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(told(wide, "flashError"))
                .isEqualTo(
                        "Изображение 40 000 × 1 пикселей слишком большое: не более 12 000 пикселей по каждой стороне.");

        MvcResult text = mvc.perform(multipart(photos)
                        .file(new MockMultipartFile(
                                "file", "photo.jpg", "image/jpeg", "просто текст".getBytes(StandardCharsets.UTF_8)))
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(told(text, "flashError"))
                .isEqualTo("Файл не является изображением JPEG или PNG (проверено по содержимому, а не по имени).");

        assertThat(jdbc.queryForObject(
                        "select count(*) from publication_photo where publication_id = ?", Integer.class, id.value()))
                .isZero();
        assertThat(publications.get(w.curator(), id).version()).isEqualTo(version);
    }

    @Test
    void aSlugTakenReservedOrNotLatinIsRefusedInRussianAndNoAddressChanges() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        String taken = w.slug();

        assertThat(choose(w.otherCurator(), taken)).contains("Адрес «" + taken + "» уже выбран другой организацией.");
        assertThat(choose(w.otherCurator(), "admin")).contains("Этот адрес занят системой, выберите другой.");
        assertThat(choose(w.otherCurator(), "Школа-12"))
                .contains("Адрес раздела может содержать только латинские строчные буквы, цифры и одиночные дефисы"
                        + " (не в начале и не в конце).");
        assertThat(choose(w.curator(), "nastavnichestvo")).contains("Этот адрес занят системой, выберите другой.");

        assertThat(jdbc.queryForList(
                        "select slug from publishing_site where organisation_id in (?, ?)",
                        String.class,
                        w.school().value(),
                        w.orgs().schoolB().value()))
                .containsExactly(taken);
        mvc.perform(get("/o/" + taken + "/nastavnichestvo")).andExpect(status().isOk());
        mvc.perform(get("/o/admin/nastavnichestvo")).andExpect(status().isNotFound());
    }

    @Test
    void publishingAPersonWithoutConsentIsRefusedWithHerNameAndNothingIsPostedOrChanged() throws Exception {
        ChannelsWorld.World w = worlds.create(true);
        PersonId teacher = worlds.teacher(w, "Лебедева");
        PublicationId id = worlds.draft(w, "Семинар", "<p>Выступила Лебедева Ольга Петровна.</p>", List.of(teacher));
        long version = publications.get(w.curator(), id).version();
        int revisions = revisions(id);

        MvcResult refused = mvc.perform(post("/publishing/publications/" + id + "/publish")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andReturn();
        assertThat(told(refused, "flashError"))
                .isEqualTo("Нельзя опубликовать: нет действующего согласия на распространение персональных данных"
                        + " (152-ФЗ, ст. 10.1) у: Лебедева Ольга Петровна.");

        assertThat(publications.get(w.curator(), id).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(publications.get(w.curator(), id).version()).isEqualTo(version);
        assertThat(revisions(id)).isEqualTo(revisions);
        assertThat(jdbc.queryForObject(
                        "select count(*) from publishing_outbox where publication_id = ?", Integer.class, id.value()))
                .isZero();
        deliveries.deliverDue();
        assertThat(fake.requests()).isEmpty();
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + id)).andExpect(status().isNotFound());
    }

    private int revisions(PublicationId id) {
        return jdbc.queryForObject(
                "select count(*) from publication_revision where publication_id = ?", Integer.class, id.value());
    }

    private String choose(UserDetails who, String slug) throws Exception {
        return mvc.perform(post("/publishing/site")
                        .param("slug", slug)
                        .with(user(who))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * The sentence the layout prints for the redirect's flash ({@code #messages.msgWithParams(key, args)}), from the
     * same message source, Russian; numbers' group separators read as spaces.
     */
    private String told(MvcResult result, String attribute) {
        Flash flash = (Flash) result.getFlashMap().get(attribute);
        assertThat(flash).as(attribute).isNotNull();
        return messages.getMessage(flash.key(), flash.args(), Locale.forLanguageTag("ru"))
                .replace('\u00a0', ' ')
                .replace('\u202f', ' ');
    }

    /** The page the redirect leads to opens for the curator. */
    private String landing(MvcResult result, UserDetails who) throws Exception {
        return mvc.perform(get(result.getResponse().getRedirectedUrl()).with(user(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
