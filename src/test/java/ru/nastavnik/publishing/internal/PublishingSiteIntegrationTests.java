package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.NodeList;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MemberView;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.InvalidInputException;

/**
 * The public section's documents (with names only under consent, without personal data, or not at all), news
 * drafted from orders, the public JSON API and widget with their headers, OpenGraph, the sitemap and the version for
 * the visually impaired — all anonymous, sessionless, revalidated by ETag.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublishingSiteIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublishingWorld worlds;

    @Autowired
    SiteOrders orders;

    @Autowired
    PublicDocuments documents;

    @Autowired
    OrderNews news;

    @Autowired
    PublicationManagement publications;

    @Autowired
    Listeners listeners;

    @Test
    void anOrderIsShownWithNamesOnlyUnderConsentWithoutThemOtherwiseAndAWithdrawalHidesTheNameAtOnce()
            throws Exception {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.assignment(w);
        MentorshipView pair = orders.pair(w);
        PersonId mentor = person(pair, MemberRole.MENTOR);
        PersonId mentee = person(pair, MemberRole.MENTEE);
        String section = "/o/" + w.slug() + "/nastavnichestvo";

        assertThat(documents.choices(w.curator(), w.school())).singleElement().satisfies(c -> {
            assertThat(c.part()).isEqualTo(DocumentPart.ORDER);
            assertThat(c.mode()).isEqualTo(DocumentMode.HIDDEN);
        });
        mvc.perform(get(section))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Документы пока не опубликованы.")));

        InvalidInputException refused = catchThrowableOfType(
                InvalidInputException.class,
                () -> documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.NAMED));
        assertThat(refused.problems().get(0).messageKey()).isEqualTo("publishingSite.document.consentMissing");
        assertThat(refused.problems().get(0).args())
                .containsExactly("Выплатова Анна Сергеевна, Новикова Анна Сергеевна");
        assertThat(documents.shownBy(List.of(w.school()))).isEmpty();
        mvc.perform(post("/publishing/documents")
                        .param("organisation", w.school().toString())
                        .param("order", order.id().toString())
                        .param("part", "ORDER")
                        .param("mode", "NAMED")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flashError"));

        PublicDocumentView anonymised =
                documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED);
        assertThat(anonymised.html())
                .contains("[имя скрыто]")
                .contains("31-к")
                .doesNotContain("Выплатова")
                .doesNotContain("Новикова");
        mvc.perform(get(section))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("/documents/" + anonymised.id())))
                .andExpect(content().string(containsString("(без персональных данных)")));
        mvc.perform(get(section + "/documents/" + anonymised.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("[имя скрыто]")))
                .andExpect(content().string(not(containsString("Выплатова"))));

        ConsentId menteeConsent = worlds.consentToDistribution(w, mentee);
        worlds.consentToDistribution(w, mentor);
        mvc.perform(post("/publishing/documents")
                        .param("organisation", w.school().toString())
                        .param("order", order.id().toString())
                        .param("part", "ORDER")
                        .param("mode", "NAMED")
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attributeExists("flash"));
        mvc.perform(get(section + "/documents/" + anonymised.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Выплатова Анна Сергеевна")))
                .andExpect(content().string(containsString("Новикова Анна Сергеевна")));

        worlds.withdraw(w, menteeConsent);
        listeners.awaitCompletion();
        mvc.perform(get(section + "/documents/" + anonymised.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Выплатова Анна Сергеевна")))
                .andExpect(content().string(not(containsString("Новикова"))))
                .andExpect(content().string(containsString("[имя скрыто]")));
        mvc.perform(get(section + "/api/documents"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value(order.title()))
                .andExpect(jsonPath("$[0].withNames").value(true));

        documents.choose(w.curator(), w.school(), order.id(), DocumentPart.ORDER, DocumentMode.HIDDEN);
        mvc.perform(get(section + "/documents/" + anonymised.id())).andExpect(status().isNotFound());
        mvc.perform(get(section + "/api/documents"))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void theRegulationIsShownOnItsOwnTheApprovalOrderNeedsTheWholeStaffsConsentAndDraftsComeFromOrders()
            throws Exception {
        PublishingWorld.World w = worlds.create();
        worlds.teacher(w, "Ларина");
        OrderView regulation = orders.regulation(w);
        assertThat(documents.choices(w.curator(), w.school()))
                .extracting(PublicDocuments.Choice::part)
                .containsExactly(DocumentPart.ORDER, DocumentPart.REGULATION, DocumentPart.ROADMAP);

        PublicDocumentView shown =
                documents.choose(w.curator(), w.school(), regulation.id(), DocumentPart.REGULATION, DocumentMode.NAMED);
        assertThat(shown.html()).contains("Положение").doesNotContain("[имя скрыто]");
        // the familiarisation sheet lists the whole staff (Labour Code art. 22): all must have consented
        assertThat(catchThrowableOfType(
                                InvalidInputException.class,
                                () -> documents.choose(
                                        w.curator(),
                                        w.school(),
                                        regulation.id(),
                                        DocumentPart.ORDER,
                                        DocumentMode.NAMED))
                        .problems()
                        .get(0)
                        .args())
                .containsExactly("Ларина Ольга Петровна");
        assertThat(documents
                        .choose(w.curator(), w.school(), regulation.id(), DocumentPart.ORDER, DocumentMode.ANONYMISED)
                        .html())
                .doesNotContain("Ларина");

        Saved drafted = news.draftFromOrder(w.curator(), w.school(), regulation.id());
        assertThat(drafted.publication().status()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(drafted.publication().sourceKind()).isEqualTo(PublicationSource.ORDER);
        assertThat(drafted.publication().title()).isEqualTo("Утверждено Положение о системе наставничества");
        assertThat(drafted.publication().body()).contains("Приказом № 12-о от 01.09.2026 утверждены Положение");
        mvc.perform(get("/o/" + w.slug() + "/nastavnichestvo/news/"
                        + drafted.publication().id()))
                .andExpect(status().isNotFound());

        OrderView draftOnly = orders.unregisteredRegulation(w);
        assertThat(catchThrowableOfType(
                                InvalidInputException.class,
                                () -> news.draftFromOrder(w.curator(), w.school(), draftOnly.id()))
                        .problems()
                        .get(0)
                        .messageKey())
                .isEqualTo("publishingSite.draft.notRegistered");
    }

    @Test
    void pairsFormedAreDraftedAsCountsNamingNobody() throws Exception {
        PublishingWorld.World w = worlds.create();
        OrderView order = orders.assignment(w);
        mvc.perform(post("/publishing/publications/from-order")
                        .param("organisation", w.school().toString())
                        .param("order", order.id().toString())
                        .with(user(w.curator()))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        PublicationView drafted = publications.list(w.curator(), w.school()).get(0);
        assertThat(drafted.title()).isEqualTo("Сформированы наставнические пары");
        assertThat(drafted.body())
                .isEqualTo("<p>Приказом № 31-к от 02.09.2026 закреплены наставнические пары (группы): менее трёх."
                        + " В них наставников — менее трёх, наставляемых — менее трёх.</p>");
        assertThat(drafted.people()).isEmpty();
    }

    @Test
    void thePublicApiAndWidgetServePublishedNewsToAnyOriginAndOnlyTheWidgetMayBeFramed() throws Exception {
        PublishingWorld.World w = worlds.create();
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        List<PublicationView> published = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            PublicationView item = publications
                    .create(
                            w.curator(),
                            w.school(),
                            new PublicationDraft(
                                    "Новость " + i, "<p>Текст новости " + i + " о наставничестве.</p>", List.of()))
                    .publication();
            published.add(publications.publish(w.curator(), w.school(), item.id()));
        }
        PublicationView draft = publications
                .create(w.curator(), w.school(), new PublicationDraft("Черновик", "<p>Не для всех</p>", List.of()))
                .publication();

        String etag = mvc.perform(get(section + "/api/publications"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(jsonPath(
                        "$[*].title", org.hamcrest.Matchers.containsInAnyOrder("Новость 1", "Новость 2", "Новость 3")))
                .andExpect(jsonPath("$[0].url", containsString(section + "/news/")))
                .andExpect(content().string(not(containsString(draft.id().toString()))))
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        // publishing's asynchronous effects may still change the list once (it failed once in a whole run with 200):
        // the same list revalidates as 304, so the ETag is followed until the list settles
        int answered = 0;
        for (int i = 0; i < 50 && answered != 304; i++) {
            var answer = mvc.perform(get(section + "/api/publications").header("If-None-Match", etag))
                    .andReturn()
                    .getResponse();
            answered = answer.getStatus();
            if (answered != 304) {
                etag = answer.getHeader("ETag");
                Thread.sleep(100);
            }
        }
        assertThat(answered).as("the unchanged list is not sent again").isEqualTo(304);
        mvc.perform(get(section + "/api/events"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get(section + "/api/practices"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/o/no-such-school-" + w.orgs().tag() + "/nastavnichestvo/api/publications"))
                .andExpect(status().isNotFound());

        mvc.perform(get(section + "/widget").param("n", "2"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("X-Frame-Options"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors *")))
                .andExpect(content().string(containsString("Новость 3")))
                .andExpect(content().string(containsString("Новость 2")))
                .andExpect(content().string(not(containsString("Новость 1"))));
        mvc.perform(get(section))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
        mvc.perform(get(section + "/widget.js").param("n", "100"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("javascript")))
                .andExpect(content().string(containsString(section + "/widget?n=20'")))
                .andExpect(content().string(containsString("document.currentScript")));
        mvc.perform(get("/publishing/site")
                        .param("organisation", w.school().toString())
                        .with(user(w.curator())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(section + "/widget.js?n=5")));
    }

    @Test
    void aNewsPageCarriesOpenGraphTheSitemapListsItAndTheAccessibleVersionShowsItWithoutImages() throws Exception {
        PublishingWorld.World w = worlds.create();
        String section = "/o/" + w.slug() + "/nastavnichestvo";
        PublicationView item = publications
                .create(
                        w.curator(),
                        w.school(),
                        new PublicationDraft(
                                "Неделя наставничества",
                                "<p>Пять дней <b>открытых уроков</b> наставников.</p>",
                                List.of()))
                .publication();
        publications.publish(w.curator(), w.school(), item.id());

        mvc.perform(get(section + "/news/" + item.id()))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("<meta property=\"og:title\" content=\"Неделя наставничества\">")))
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "<meta property=\"og:description\" content=\"Пять дней открытых уроков наставников.\">")))
                .andExpect(content().string(containsString("<meta property=\"og:url\" content=\"http")))
                .andExpect(content().string(containsString(section + "/news/" + item.id() + "\">")));

        String xml = mvc.perform(get(section + "/sitemap.xml"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        NodeList locations = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < locations.getLength(); i++) {
            urls.add(locations.item(i).getTextContent());
        }
        assertThat(urls).hasSize(3).allMatch(u -> u.startsWith("http"));
        assertThat(urls.get(0)).endsWith(section);
        assertThat(urls.get(1)).endsWith(section + "/dlya-slabovidyashchih");
        assertThat(urls.get(2)).endsWith(section + "/news/" + item.id());

        mvc.perform(get(section)).andExpect(content().string(containsString(section + "/dlya-slabovidyashchih")));
        mvc.perform(get(section + "/dlya-slabovidyashchih"))
                .andExpect(status().isOk())
                .andExpect(header().doesNotExist("Set-Cookie"))
                .andExpect(content().string(containsString("/css/public-accessible")))
                .andExpect(content().string(containsString("Неделя наставничества")))
                .andExpect(content().string(not(containsString("<img"))));
        mvc.perform(get(section + "/dlya-slabovidyashchih/news/" + item.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("открытых уроков")));
    }

    private static PersonId person(MentorshipView pair, MemberRole role) {
        return pair.members().stream()
                .filter(m -> m.role() == role)
                .map(MemberView::personId)
                .findFirst()
                .orElseThrow();
    }
}
