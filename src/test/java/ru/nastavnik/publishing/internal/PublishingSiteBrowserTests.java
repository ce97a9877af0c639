package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator chooses her section's address, writes a news item and publishes it, shows the pairs' order without
 * personal data; an anonymous visitor reads both on the school's section, in the version for the visually impaired
 * and in the widget the school's site frames.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublishingSiteBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SiteOrders orders;

    Browser browser;

    @Test
    void theCuratorWritesAndPublishesNewsAndAnAnonymousVisitorReadsItOnTheSection() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String slug = "journey-" + world.tag();
        String title = "Первая встреча наставников " + world.tag();

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        browser.open("/publishing/site?organisation=" + world.schoolA());
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("slug")))
                .sendKeys(slug);
        browser.click(browser.driver().findElement(By.id("save-slug")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("widget-script")))
                        .getText())
                .contains("/o/" + slug + "/nastavnichestvo/widget.js?n=5");

        browser.open("/publishing/publications?organisation=" + world.schoolA());
        browser.click(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("new-publication"))));
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("title")))
                .sendKeys(title);
        browser.driver()
                .findElement(By.id("body"))
                .sendKeys("<p>Наставники и молодые учителя обсудили план адаптации.</p><script>alert(1)</script>");
        browser.click(browser.driver().findElement(By.id("save-publication")));
        browser.submit(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("publish"))));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("publication-status"), "Опубликована"));

        // the pairs' order shown without personal data
        orders.assignment(new PublishingWorld.World(world, curator, null, slug));
        browser.open("/publishing/documents?organisation=" + world.schoolA());
        org.openqa.selenium.WebElement choice =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("mode-0")));
        new Select(choice).selectByValue("ANONYMISED");
        browser.click(browser.driver().findElement(By.cssSelector("#public-document-choices form button")));
        // the page after the redirect, not the one the choice was made on
        browser.awaitGone(choice);
        // read on whichever document holds the field once the answer has loaded (a node of a document being replaced
        // is refused by Chromium: "Node with given id does not belong to the document")
        Boolean anonymised = browser.await()
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(driver ->
                        "ANONYMISED".equals(driver.findElement(By.id("mode-0")).getDomProperty("value")));
        assertThat(anonymised).isTrue();

        browser.driver().manage().deleteAllCookies();
        browser.open("/o/" + slug + "/nastavnichestvo");
        browser.click(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.linkText(title))));
        String article = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("article")))
                .getText();
        assertThat(article).contains(title).contains("обсудили план адаптации").doesNotContain("alert");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("meta[property='og:title']"))
                        .getDomAttribute("content"))
                .isEqualTo(title);
        assertThat(browser.driver().manage().getCookies()).isEmpty();

        browser.open("/o/" + slug + "/nastavnichestvo");
        browser.click(browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#public-documents a"))));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("public-document")))
                        .getText())
                .contains("[имя скрыто]")
                .contains("31-к")
                .doesNotContain("Выплатова")
                .doesNotContain("Новикова");

        browser.open("/o/" + slug + "/nastavnichestvo");
        browser.click(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("accessible-link"))));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("accessible-news")))
                        .getText())
                .contains(title);

        browser.open("/o/" + slug + "/nastavnichestvo/events");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        // the section's full lists, a page at a time (each page the browser opens is checked by axe-core)
        browser.open("/o/" + slug + "/nastavnichestvo/practices");
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        browser.open("/o/" + slug + "/nastavnichestvo/documents");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")))
                        .getText())
                .contains("31-к");

        browser.open("/o/" + slug + "/nastavnichestvo/widget?n=3");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("widget-news")))
                        .getText())
                .contains(title);
        assertThat(browser.driver().findElement(By.id("widget-documents")).getText())
                .contains("31-к");
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
