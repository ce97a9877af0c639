package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.consent.ConsentId;
import ru.nastavnik.events.EventId;
import ru.nastavnik.people.PersonId;

/**
 * Issue 18's journey: an event is held → its draft news → edited to name a teacher who consented → published →
 * read anonymously on the school's section, the municipality's page, the feed and the widget, and posted to the
 * school's Telegram channel (the local fake) → she withdraws her consent → her name is gone from all four and the
 * curator finds the Telegram post listed for deletion, with its link. axe-core checks every page on the way,
 * the per-publication channels page included.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishingJourneyBrowserTests {

    @RegisterExtension
    static final FakeChannels fake = new FakeChannels();

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    ChannelDeliveries deliveries;

    @Autowired
    Listeners listeners;

    @LocalServerPort
    int port;

    Browser browser;

    @Test
    void aHeldEventBecomesPublicNewsEverywhereAndAWithdrawnConsentTakesTheNameFromAllOfIt() throws Exception {
        deliveries.deliverDue();
        fake.reset();
        ChannelsWorld.World w = worlds.create(true);
        String area = worlds.municipalitySection(w);
        PersonId teacher = worlds.teacher(w, "Лебедева");
        ConsentId consent = worlds.consent(w, teacher);
        EventId event = worlds.heldEvent(w, "Семинар наставников " + w.orgs().tag());
        String name = "Лебедева Ольга Петровна";
        String title = name + " провела семинар " + w.orgs().tag();

        browser.signIn(w.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/publishing/publications?organisation=" + w.school());
        new Select(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("event"))))
                .selectByValue(event.toString());
        browser.click(browser.driver().findElement(By.cssSelector("#draft-from-event button")));
        browser.click(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("edit-publication"))));

        WebElement titleField = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
        assertThat(titleField.getDomProperty("value"))
                .isEqualTo("Семинар: Семинар наставников " + w.orgs().tag());
        titleField.clear();
        titleField.sendKeys(title);
        WebElement body = browser.driver().findElement(By.id("body"));
        assertThat(body.getDomProperty("value")).contains("Адаптация молодого учителя");
        body.sendKeys("<p>Выступила " + name + ".</p>");
        new Select(browser.driver().findElement(By.id("people"))).selectByValue(teacher.toString());
        browser.click(browser.driver().findElement(By.id("save-publication")));
        browser.submit(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publish"))));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-status"), "Опубликована"));
        UUID id =
                UUID.fromString(browser.driver().getCurrentUrl().replaceAll(".*/publications/([0-9a-f-]{36}).*", "$1"));
        listeners.awaitCompletion();
        assertThat(deliveries.deliverDue()).isEqualTo(2);
        assertThat(fake.requests().stream()
                        .filter(r -> r.path().endsWith("/sendMessage"))
                        .findFirst()
                        .orElseThrow()
                        .form()
                        .get("text"))
                .startsWith(title)
                .contains("Выступила " + name + ".");

        // anonymous: the school's section, the municipality's page, the feed, the widget
        browser.driver().manage().deleteAllCookies();
        assertThat(anonymousView(w.slug(), area))
                .allSatisfy(text -> assertThat(text).contains(title));
        assertThat(feed(w.slug())).contains(name);

        worlds.withdraw(w, consent);
        listeners.awaitCompletion();

        String hidden = "[имя скрыто] провела семинар " + w.orgs().tag();
        assertThat(anonymousView(w.slug(), area))
                .allSatisfy(text -> assertThat(text).contains(hidden).doesNotContain("Лебедева"));
        assertThat(feed(w.slug())).doesNotContain("Лебедева").contains("Выступила [имя скрыто].");
        browser.open("/o/" + w.slug() + "/nastavnichestvo/news/" + id);
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("article")))
                        .getText())
                .contains("Выступила [имя скрыто].")
                .doesNotContain("Лебедева");
        browser.checkAccessibility();

        // the curator: the Telegram post is listed for deletion, with its link
        browser.signIn(w.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/publishing/publications/" + id);
        browser.click(
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publication-channels"))));
        WebElement telegram =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("delivery-telegram")));
        assertThat(telegram.getText()).contains("Отправлен").contains("https://t.me/school_channel/777");
        assertThat(telegram.findElement(By.cssSelector(".text-bg-warning")).getText())
                .contains("удалите пост");
        assertThat(telegram.findElements(By.cssSelector("form[action$='/mark-deleted']")))
                .hasSize(1);
        browser.checkAccessibility();

        // the school's one list of posts to delete holds it too, and the period's report links it
        browser.open("/publishing/channels/to-delete?organisation=" + w.school());
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("posts-to-delete")))
                        .getText())
                .contains("провела семинар " + w.orgs().tag(), "https://t.me/school_channel/777")
                .doesNotContain("Лебедева");
        browser.checkAccessibility();
        browser.open("/publishing/report?organisation=" + w.school());
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("report-items")))
                        .getText())
                .contains("провела семинар " + w.orgs().tag(), "https://t.me/school_channel/777");
        browser.checkAccessibility();
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }

    /** What an anonymous reader sees of the news on the section, the area's page and the widget. */
    private java.util.List<String> anonymousView(String slug, String area) {
        browser.open("/o/" + slug + "/nastavnichestvo");
        String section = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")))
                .getText();
        browser.checkAccessibility();
        browser.open("/o/" + area + "/nastavnichestvo");
        String municipality = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")))
                .getText();
        browser.checkAccessibility();
        browser.open("/o/" + slug + "/nastavnichestvo/widget?n=5");
        String widget = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("widget-news")))
                .getText();
        browser.checkAccessibility();
        assertThat(browser.driver().manage().getCookies()).isEmpty();
        return java.util.List.of(section, municipality, widget);
    }

    private String feed(String slug) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/o/" + slug + "/nastavnichestvo/rss.xml"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        return response.body();
    }
}
