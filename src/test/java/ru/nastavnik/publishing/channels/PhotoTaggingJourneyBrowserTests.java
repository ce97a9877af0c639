package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.internal.PublicationId;

/**
 * Tagging a news photo in the browser (Civil Code art. 152.1, 152-ФЗ art. 10.1): the curator uploads a photo to a
 * draft and ticks the two teachers it shows; one has not consented to distribution, so publishing is refused with
 * her name and the public sees neither the item nor its photo; once she consents the item goes public and the photo
 * shows on its page. axe-core checks every page on the way.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PhotoTaggingJourneyBrowserTests {

    @Autowired
    ChannelsWorld worlds;

    @Autowired
    PublicationPhotos photos;

    @LocalServerPort
    int port;

    Browser browser;

    @Test
    void aPhotoOfTwoTeachersIsShownPubliclyOnlyOnceBothConsented() throws Exception {
        ChannelsWorld.World w = worlds.create(false);
        PersonId orlova = worlds.teacher(w, "Орлова");
        PersonId belova = worlds.teacher(w, "Белова");
        worlds.consent(w, orlova);
        String title = "Семинар наставников " + w.orgs().tag();
        PublicationId id = worlds.draft(w, title, "<p>Наставники обсудили адаптацию молодых учителей.</p>", List.of());
        Path file = Files.createTempFile("seminar", ".png");
        Files.write(file, TestImages.png(400, 300));

        browser.signIn(w.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/publishing/publications/" + id);
        browser.click(
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publication-channels"))));
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
                .sendKeys(file.toAbsolutePath().toString());
        browser.submit(browser.driver().findElement(By.cssSelector("#photo-form button[type=submit]")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photos .photo-people")))
                        .getText())
                .isEqualTo("На фото никто не отмечен.");
        String photo = photos.list(w.curator(), id).get(0).id().toString();

        browser.click(browser.driver().findElement(By.cssSelector("#photos a[href$='/photos/" + photo + "/people']")));
        browser.click(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("person-" + orlova))));
        browser.click(browser.driver().findElement(By.id("person-" + belova)));
        browser.submit(browser.driver().findElement(By.cssSelector("#photo-people-form button[type=submit]")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#photos .photo-people")))
                        .getText())
                .isEqualTo("На фото: Белова Ольга Петровна, Орлова Ольга Петровна");

        browser.open("/publishing/publications/" + id);
        browser.submit(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publish"))));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")))
                        .getText())
                .contains("нет действующего согласия")
                .contains("Белова Ольга Петровна")
                .doesNotContain("Орлова");
        assertThat(browser.driver().findElement(By.id("publication-status")).getText())
                .isEqualTo("Черновик");

        browser.driver().manage().deleteAllCookies();
        String news = "/o/" + w.slug() + "/nastavnichestvo/news/" + id;
        browser.open(news);
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")))
                        .getText())
                .isEqualTo("Раздел не найден");
        assertThat(browser.driver().getPageSource()).doesNotContain(photo);
        assertThat(status(news + "/photos/" + photo)).isEqualTo(404);

        worlds.consent(w, belova);
        browser.signIn(w.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/publishing/publications/" + id);
        browser.submit(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publish"))));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-status"), "Опубликована"));

        browser.driver().manage().deleteAllCookies();
        browser.open(news);
        WebElement image =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".news-photos img")));
        assertThat(image.getDomAttribute("src")).endsWith("/nastavnichestvo/news/" + id + "/photos/" + photo);
        assertThat(image.getDomAttribute("alt")).isEqualTo("Фотография к новости «" + title + "»");
        // loading="lazy": the reader scrolls to it
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", image);
        browser.await()
                .until(d -> Long.valueOf(400)
                        .equals(((JavascriptExecutor) d)
                                .executeScript(
                                        "return arguments[0].complete ? arguments[0].naturalWidth : 0;", image)));
        assertThat(status(news + "/photos/" + photo)).isEqualTo(200);
        assertThat(browser.driver().manage().getCookies()).isEmpty();
        browser.checkAccessibility();
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }

    private int status(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
