package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.ProtocolDetails;
import ru.nastavnik.events.internal.OrganiserDocuments;
import ru.nastavnik.organisation.OrganisationManagement;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PageVersions;
import ru.nastavnik.publishing.internal.PublicSites;
import ru.nastavnik.publishing.internal.PublicationDraft;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;

/**
 * The public page cache serves a page again only while nothing it shows has changed, on any node: each kind of change
 * (news published, edited, unpublished; an event held, its protocol; the curator's contacts; the address; any
 * audited change) is seen at once on the section, the feeds, the widget, the area's page, the version for the visually
 * impaired and the public API — and a person who
 * withdraws her consent to distribution is never shown again by either of two nodes that had her page cached.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicPageCacheIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    PublicPageWorld worlds;

    @Autowired
    PublicPageCache cache;

    @Autowired
    PublicationManagement publications;

    @Autowired
    OrganiserDocuments eventDocuments;

    @Autowired
    OrganisationManagement organisations;

    @Autowired
    PublicSites sites;

    @Autowired
    PageVersions versions;

    @Autowired
    Listeners listeners;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aWithdrawnConsentIsNeverServedFromACacheOfAnyNode() throws Exception {
        PublicPageWorld.World w = worlds.create();
        PublicPageWorld.Node other = worlds.node();
        PersonId teacher = worlds.teacher(w, "Веснина");
        ConsentId consent = worlds.consentToDistribution(w, teacher);
        worlds.published(w, "Открытый урок провела Веснина Ольга Петровна", List.of(teacher));
        listeners.awaitCompletion();
        List<String> pages = pages(w);

        for (String page : pages) {
            long hits = cache.hits();
            long otherHits = other.cache().hits();
            for (MockMvc node : List.of(mvc, other.mvc(), mvc, other.mvc())) {
                assertThat(PublicPageWorld.read(node, page)).as(page).contains("Веснина Ольга Петровна");
            }
            assertThat(cache.hits())
                    .as("second read of " + page + " from this node's cache")
                    .isEqualTo(hits + 1);
            assertThat(other.cache().hits())
                    .as("second read of " + page + " from the other node's cache")
                    .isEqualTo(otherHits + 1);
        }

        worlds.withdraw(w, consent);
        listeners.awaitCompletion();

        for (String page : pages) {
            for (MockMvc node : List.of(mvc, other.mvc(), mvc, other.mvc())) {
                assertThat(PublicPageWorld.read(node, page))
                        .as(page)
                        .doesNotContain("Веснина")
                        .contains("[имя скрыто]");
            }
        }
    }

    @Test
    void eachKindOfChangeIsShownAtOnceOnEveryCachedPage() throws Exception {
        PublicPageWorld.World w = worlds.create();
        PublicPageWorld.Node other = worlds.node();
        List<String> pages = pages(w);
        List<String> lists = List.of(w.section(), w.areaSection(), w.areaSection() + "/api/events");

        // news published, edited, unpublished: the section, the feeds, the widget and the area's page
        readAll(other, pages);
        PublicationId news = worlds.published(w, "Стартовала программа наставничества", List.of());
        listeners.awaitCompletion();
        shownEverywhere(other, pages, "Стартовала программа наставничества");
        long version = publications.get(w.curator(), news).version();
        publications.update(
                w.curator(),
                w.orgs().schoolA(),
                news,
                new PublicationDraft("Программа наставничества идёт", "<p>Идёт.</p>", List.of()),
                version);
        shownEverywhere(other, pages, "Программа наставничества идёт");
        goneEverywhere(other, pages, "Стартовала программа наставничества");
        publications.unpublish(w.curator(), w.orgs().schoolA(), news);
        goneEverywhere(other, pages, "Программа наставничества идёт");

        // an event held, then its protocol's decisions (the outcome on the section's and the area's pages)
        EventId event = worlds.heldEvent(
                w.curator(),
                w.orgs().schoolA(),
                "Семинар о наставничестве " + w.orgs().tag());
        shownEverywhere(other, lists, "Семинар о наставничестве " + w.orgs().tag());
        eventDocuments.saveProtocol(
                w.curator(),
                event,
                worlds.eventVersion(event),
                new ProtocolDetails(
                        "7", "Иванова И. И.", "Петрова П. П.", null, null, "Провести открытые уроки в марте"));
        shownEverywhere(other, lists, "Провести открытые уроки в марте");

        // the curator's contacts in the requisites (no event, no audit: the organisation's row version); her name is
        // shown only as a staff member consenting to distribution, so she is one — and the pages are cached again
        worlds.consentToDistribution(w, worlds.teacher(w, "Новикова"));
        shownEverywhere(other, List.of(w.section()), "Провести открытые уроки в марте");
        var school = organisations.find(w.orgs().schoolA()).orElseThrow();
        Requisites requisites = (school.requisites() == null ? Requisites.empty() : school.requisites())
                .withDocumentDetails(null, null, "Новикова Ольга Петровна", "+7 900 123-45-67", null, null, null);
        organisations.updateRequisites(Fixtures.SYSTEM, w.orgs().schoolA(), requisites, school.version());
        shownEverywhere(other, List.of(w.section()), "Новикова Ольга Петровна");

        // a new address: the old one is gone on every node, the new one shows the section
        sites.choose(w.curator(), w.orgs().schoolA(), "moved-" + w.orgs().tag());
        mvc.perform(get(w.section())).andExpect(status().isNotFound());
        other.mvc().perform(get(w.section())).andExpect(status().isNotFound());
        assertThat(PublicPageWorld.read(mvc, "/o/moved-" + w.orgs().tag() + "/nastavnichestvo"))
                .contains("Новикова Ольга Петровна");
    }

    @Test
    void anAuditedChangeBumpsTheVersionInItsTransactionAndAReadDoesNot() {
        PublicPageWorld.World w = worlds.create();
        String before = versions.stamp(w.slug()).orElseThrow().value();
        String areaBefore = versions.stamp(w.area()).orElseThrow().value();
        transactions.executeWithoutResult(s -> publisher.publishEvent(
                new AuditEvent(w.orgs().schoolA(), AuditAction.READ, "Practice", UUID.randomUUID(), "просмотр")));
        assertThat(versions.stamp(w.slug()).orElseThrow().value()).isEqualTo(before);

        transactions.executeWithoutResult(s -> {
            publisher.publishEvent(new AuditEvent(
                    w.orgs().schoolA(), AuditAction.UPDATE, "Practice", UUID.randomUUID(), "практика принята"));
            // not before the commit: a reader meanwhile still gets the page of what is committed
            assertThat(versions.stamp(w.slug()).orElseThrow().value()).isEqualTo(before);
        });
        assertThat(versions.stamp(w.slug()).orElseThrow().value()).isNotEqualTo(before);
        assertThat(versions.stamp(w.area()).orElseThrow().value())
                .as("the area's page gathers the school's")
                .isNotEqualTo(areaBefore);

        String after = versions.stamp(w.slug()).orElseThrow().value();
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> transactions.executeWithoutResult(s -> {
                    publisher.publishEvent(new AuditEvent(
                            w.orgs().schoolA(), AuditAction.UPDATE, "Practice", UUID.randomUUID(), "практика принята"));
                    s.setRollbackOnly();
                })))
                .isNull();
        assertThat(versions.stamp(w.slug()).orElseThrow().value())
                .as("a rolled back change bumps nothing")
                .isEqualTo(after);
        assertThat(versions.stamp("no-such-section-here")).isEmpty();
    }

    @Test
    void anUnchangedCachedPageAnswers304ToItsETagAndItsHeadersAsRendered() throws Exception {
        PublicPageWorld.World w = worlds.create();
        worlds.published(w, "Новость для ETag", List.of());
        listeners.awaitCompletion();
        String first = mvc.perform(get(w.section()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getHeader("ETag");
        long hits = cache.hits();
        mvc.perform(get(w.section()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", first))
                .andExpect(header().string("Content-Type", "text/html;charset=UTF-8"))
                .andExpect(header().string("Cache-Control", "max-age=0, must-revalidate, public"))
                .andExpect(header().exists("Content-Security-Policy"))
                .andExpect(header().doesNotExist("Set-Cookie"));
        mvc.perform(get(w.section()).header("If-None-Match", first)).andExpect(status().isNotModified());
        assertThat(cache.hits()).isEqualTo(hits + 2);
        worlds.published(w, "Ещё одна новость", List.of());
        mvc.perform(get(w.section()).header("If-None-Match", first)).andExpect(status().isOk());
        // the API's answer from the cache keeps its CORS and paging headers
        String api = w.areaSection() + "/api/publications";
        mvc.perform(get(api)).andExpect(status().isOk());
        long apiHits = cache.hits();
        mvc.perform(get(api))
                .andExpect(status().isOk())
                .andExpect(header().string("Access-Control-Allow-Origin", "*"))
                .andExpect(header().string("Access-Control-Expose-Headers", "X-Total-Count, Link"))
                .andExpect(header().string("X-Total-Count", "2"))
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")));
        assertThat(cache.hits()).isEqualTo(apiHits + 1);
    }

    private static List<String> pages(PublicPageWorld.World w) {
        return List.of(
                w.section(),
                w.section() + "/rss.xml",
                w.section() + "/atom.xml",
                w.section() + "/widget",
                w.section() + "/dlya-slabovidyashchih",
                w.section() + "/api/publications",
                w.areaSection(),
                w.areaSection() + "/rss.xml",
                w.areaSection() + "/dlya-slabovidyashchih",
                w.areaSection() + "/api/publications");
    }

    private void readAll(PublicPageWorld.Node other, List<String> pages) throws Exception {
        for (String page : pages) {
            PublicPageWorld.read(mvc, page);
            PublicPageWorld.read(other.mvc(), page);
        }
    }

    private void shownEverywhere(PublicPageWorld.Node other, List<String> pages, String text) throws Exception {
        for (String page : pages) {
            assertThat(PublicPageWorld.read(mvc, page)).as(page).contains(text);
            assertThat(PublicPageWorld.read(other.mvc(), page))
                    .as(page + " on the other node")
                    .contains(text);
        }
    }

    private void goneEverywhere(PublicPageWorld.Node other, List<String> pages, String text) throws Exception {
        for (String page : pages) {
            assertThat(PublicPageWorld.read(mvc, page)).as(page).doesNotContain(text);
            assertThat(PublicPageWorld.read(other.mvc(), page))
                    .as(page + " on the other node")
                    .doesNotContain(text);
        }
    }
}
