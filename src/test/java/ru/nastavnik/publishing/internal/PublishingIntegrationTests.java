package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.events.EventId;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.InvalidInputException;

/**
 * The school's public section end to end: a news item drafted from a held event, refused while a person it names has
 * no consent to distribution, published, read anonymously (no session, ETag and 304, the feeds), and her name gone
 * from it once she withdraws that consent; the first news marks stage 7 of the roadmap.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Listeners listeners;

    @Test
    void aDraftFromAHeldEventIsPublishedOnlyWithConsentAndItsNameGoesOnWithdrawal() throws Exception {
        PublishingWorld.World w = worlds.create();
        PersonId teacher = worlds.teacher(w, "Лебедева");
        EventId event = worlds.heldEvent(w, "Семинар наставников " + w.orgs().tag());

        Saved draft = publications.draftFromEvent(w.curator(), w.school(), event);
        PublicationView drafted = draft.publication();
        assertThat(drafted.status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(drafted.title())
                .isEqualTo("Семинар: Семинар наставников " + w.orgs().tag());
        assertThat(drafted.body())
                .contains("состоялось мероприятие «Семинар наставников "
                        + w.orgs().tag() + "» (Семинар)")
                .contains("<li>Адаптация молодого учителя</li>")
                .contains("Приняли участие: 0 чел.");

        // a draft is never public, whatever the address
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + drafted.id()))
                .andExpect(status().isNotFound());

        Saved edited = publications.update(
                w.curator(),
                w.school(),
                drafted.id(),
                new PublicationDraft(
                        drafted.title(),
                        drafted.body() + "<p>Выступила Лебедева Ольга Петровна.</p>",
                        List.of(teacher)),
                drafted.version());
        mvc.perform(post("/publishing/publications/" + drafted.id() + "/publish")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));
        assertThat(publications.get(w.curator(), drafted.id()).status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                                InvalidInputException.class,
                                () -> publications.publish(w.curator(), w.school(), drafted.id()))
                        .problems()
                        .get(0)
                        .args())
                .containsExactly("Лебедева Ольга Петровна");
        assertThat(worlds.milestoneEvidence(w.school())).isNull();

        ConsentId consent = worlds.consentToDistribution(w, teacher);
        mvc.perform(post("/publishing/publications/" + drafted.id() + "/publish")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(flash().attributeExists("flash"));
        listeners.awaitCompletion();
        assertThat(worlds.milestoneEvidence(w.school())).isEqualTo(drafted.id().value());

        String page = "/o/" + w.slug() + "/nastavnichestvo";
        MvcResult read = mvc.perform(get(page))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(edited.publication().title())))
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
                .andReturn();
        assertThat(read.getRequest().getSession(false)).isNull();
        String etag = read.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        mvc.perform(get(page).header("If-None-Match", etag)).andExpect(status().isNotModified());
        mvc.perform(get(page + "/news/" + drafted.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Выступила Лебедева Ольга Петровна.")));

        worlds.withdraw(w, consent);
        listeners.awaitCompletion();
        mvc.perform(get(page + "/news/" + drafted.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Лебедева"))))
                .andExpect(content().string(containsString("Выступила [имя скрыто].")));
        mvc.perform(get(page).header("If-None-Match", etag)).andExpect(status().isOk());
        assertThat(feed(page + "/rss.xml").getEntries().get(0).getDescription().getValue())
                .doesNotContain("Лебедева")
                .contains("[имя скрыто]");
        assertThat(publications.history(w.curator(), w.school(), drafted.id()))
                .extracting(RevisionView::action)
                .containsExactly("NAME_HIDDEN", "PUBLISHED", "EDITED", "DRAFTED");
    }

    @Test
    void theFeedsCarryOnlyPublishedNewsAndParseBack() throws Exception {
        PublishingWorld.World w = worlds.create();
        PublicationView first = publications
                .create(w.curator(), w.school(), new PublicationDraft("Старт программы", "<p>Начали</p>", List.of()))
                .publication();
        publications.publish(w.curator(), w.school(), first.id());
        publications.create(w.curator(), w.school(), new PublicationDraft("Черновик", "<p>Ещё нет</p>", List.of()));

        String page = "/o/" + w.slug() + "/nastavnichestvo";
        SyndFeed rss = feed(page + "/rss.xml");
        assertThat(rss.getFeedType()).isEqualTo("rss_2.0");
        assertThat(rss.getEntries()).extracting(e -> e.getTitle()).containsExactly("Старт программы");
        assertThat(rss.getEntries().get(0).getLink()).endsWith(page + "/news/" + first.id());
        SyndFeed atom = feed(page + "/atom.xml");
        assertThat(atom.getFeedType()).isEqualTo("atom_1.0");
        assertThat(atom.getEntries()).extracting(e -> e.getTitle()).containsExactly("Старт программы");
        mvc.perform(get("/o/no-such-school-here/nastavnichestvo/rss.xml")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownAddressIsARussianNotFoundPage() throws Exception {
        mvc.perform(get("/o/no-such-school-here/nastavnichestvo"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Раздел не найден")))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void theMunicipalPageGathersItsSchoolsNewsWithAFilterBySchool() throws Exception {
        PublishingWorld.World w = worlds.create();
        PublicationView a = publications
                .create(w.curator(), w.school(), new PublicationDraft("Новость школы А", "<p>А</p>", List.of()))
                .publication();
        publications.publish(w.curator(), w.school(), a.id());
        PublicationView b = publications
                .create(
                        w.otherCurator(),
                        w.orgs().schoolB(),
                        new PublicationDraft("Новость школы Б", "<p>Б</p>", List.of()))
                .publication();
        publications.publish(w.otherCurator(), w.orgs().schoolB(), b.id());
        var methodologist = worlds.methodologist(w);
        String area = "area-" + w.orgs().tag();
        mvc.perform(post("/publishing/site")
                        .param("organisation", w.orgs().municipality().toString())
                        .param("slug", area)
                        .with(user(methodologist))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/o/" + area + "/nastavnichestvo"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Новость школы А")))
                .andExpect(content().string(containsString("Новость школы Б")));
        mvc.perform(get("/o/" + area + "/nastavnichestvo")
                        .param("school", w.orgs().schoolB().toString()))
                .andExpect(content().string(not(containsString("Новость школы А"))))
                .andExpect(content().string(containsString("Новость школы Б")));
        assertThat(feed("/o/" + area + "/nastavnichestvo/rss.xml").getEntries()).hasSize(2);
    }

    @Test
    void aSlugTakenByAnotherSchoolIsRefusedInRussianAndNothingChanges() throws Exception {
        PublishingWorld.World w = worlds.create();
        mvc.perform(post("/publishing/site")
                        .param("slug", w.slug())
                        .with(user(w.otherCurator()))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("уже выбран другой организацией")));
        mvc.perform(post("/publishing/site")
                        .param("slug", "Школа")
                        .with(user(w.otherCurator()))
                        .with(csrf()))
                .andExpect(content().string(containsString("только латинские строчные буквы")));
        mvc.perform(get("/publishing/site").with(user(w.otherCurator())))
                .andExpect(content().string(not(containsString("/o/" + w.slug()))));
    }

    @Test
    void aScheduledItemIsPublishedWhenDueAndTheTextIsSanitised() throws Exception {
        PublishingWorld.World w = worlds.create();
        Saved saved = publications.create(
                w.curator(),
                w.school(),
                new PublicationDraft("Скоро", "<p onclick=\"x()\">Текст</p><script>alert(1)</script>", List.of()));
        assertThat(saved.publication().body()).isEqualTo("<p>Текст</p>");
        assertThat(saved.stripped()).containsExactlyInAnyOrder("onclick", "<script>");
        PublicationView item = saved.publication();
        publications.schedule(w.curator(), w.school(), item.id(), Instant.now().plusMillis(300));
        assertThat(publications.get(w.curator(), item.id()).status()).isEqualTo(PublicationStatus.SCHEDULED);
        Thread.sleep(400);
        // the scheduled job of the test's own node may have published it during the wait: then this run finds none
        publications.publishDue();
        assertThat(publications.get(w.curator(), item.id()).status()).isEqualTo(PublicationStatus.PUBLISHED);
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo"))
                .andExpect(content().string(containsString("Скоро")));
        publications.unpublish(w.curator(), w.school(), item.id());
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/" + item.id()))
                .andExpect(status().isNotFound());
    }

    private SyndFeed feed(String url) throws Exception {
        String xml = mvc.perform(get(url))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return new SyndFeedInput().build(new StringReader(xml));
    }
}
