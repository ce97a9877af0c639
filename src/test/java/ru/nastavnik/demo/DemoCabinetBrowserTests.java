package ru.nastavnik.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.Browser;

/**
 * The demo's mentor and mentee sign in and find their cabinet on the landing page, with the pair's real programme;
 * and every page of every role fits a 390 px phone without sideways scrolling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoCabinetBrowserTests {

    /** The elements sticking out of the viewport, for the failure message: what to fix, not only where. */
    private static final String OVERFLOW = """
            var width = window.innerWidth;
            if (document.documentElement.scrollWidth <= width) { return null; }
            var wide = [];
            document.querySelectorAll('body *').forEach(function (e) {
              var r = e.getBoundingClientRect();
              if (r.right > width + 1 && wide.length < 5 && (!e.closest('.table-responsive')
                    || getComputedStyle(e).position === 'absolute')) {
                wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className)
                    .trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(r.right) + 'px');
              }
            });
            return document.documentElement.scrollWidth + ' > ' + width + ': ' + wide.join(', ');""";

    @LocalServerPort
    int port;

    @Autowired
    DemoWorld world;

    private Browser browser;

    @BeforeEach
    void start() throws Exception {
        world.load();
        browser = Browser.start(port);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theDemoMentorGoesFromTheLandingPageToHerCabinetAndThePairsProgramme() {
        browser.signIn("demo-mentor", DemoData.PASSWORD);
        assertThat(URI.create(browser.driver().getCurrentUrl()).getPath()).isEqualTo("/");
        WebElement tile = browser.driver().findElement(By.id("tile-mentees"));
        assertThat(tile.getText()).contains("Мои наставляемые").contains("программа выполнена на 0 %");
        browser.click(tile.findElement(By.cssSelector("a[href='/mentorship/my']")));
        browser.click(
                browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#my-programmes a"))));
        browser.await().until(ExpectedConditions.urlContains("/mentorship/programmes/"));
        assertThat(browser.driver().findElement(By.id("programme-status")).getText())
                .isEqualTo("выполняется");
        assertThat(browser.driver().findElements(By.cssSelector("#plan tbody tr")))
                .isNotEmpty();
    }

    @Test
    void theDemoMenteeSeesHerMentorAndHerProgrammeOnTheLandingPage() {
        browser.signIn("demo-mentee", DemoData.PASSWORD);
        WebElement tile = browser.driver().findElement(By.id("tile-my-programme"));
        assertThat(tile.getText()).contains("Мой наставник и моя программа").contains("программа выполнена на 0 %");
        browser.click(tile.findElement(By.cssSelector("a[href^='/mentorship/programmes/']")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("programme-status")))
                        .getText())
                .isEqualTo("выполняется");
    }

    @Test
    void everyPageOfEveryRoleFitsA390PixelPhoneWithoutSidewaysScrolling() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        Map<String, String> overflowing = new LinkedHashMap<>();
        browser.signIn("demo-curator", DemoData.PASSWORD);
        assertThat(script("return window.innerWidth;")).isEqualTo(390L);
        Set<String> pages = new LinkedHashSet<>(List.of(
                "/",
                "/roadmap",
                "/mentorship/pairs",
                "/mentorship/programmes",
                "/mentorship/waiting",
                "/mentorship/orders",
                "/mentorship/programme-templates",
                "/people/staff/new",
                "/people/staff/import",
                "/organisation/profile"));
        pages.addAll(menu());
        pages.add(firstLink("/mentorship/pairs", "a[href^='/mentorship/pairs/']"));
        pages.add(firstLink("/mentorship/programmes", "a[href^='/mentorship/programmes/']"));
        pages.add(firstLink("/people/staff", "a[href^='/people/staff/']:not([href$='/new']):not([href$='/import'])"));
        pages.add(firstLink("/survey/questionnaires", "a[href^='/survey/questionnaires/']"));
        check(pages, "demo-curator", overflowing);
        for (String login : List.of("demo-mentor", "demo-mentee")) {
            browser.driver().manage().deleteAllCookies();
            browser.signIn(login, DemoData.PASSWORD);
            Set<String> own = new LinkedHashSet<>(List.of(
                    "/", "/mentorship/my", "/survey/my", "/matching/my", "/consent/my-data", "/organisation/profile"));
            own.add(firstLink("/mentorship/my", "#my-programmes a"));
            own.add(firstLink("/survey/my", "a[href^='/survey/my/']"));
            check(own, login, overflowing);
        }
        browser.driver().manage().deleteAllCookies();
        browser.signIn("demo-municipality", DemoData.PASSWORD);
        assertThat(browser.driver().findElements(By.cssSelector("#tile-area-matching a[href='/matching/area']")))
                .hasSize(1);
        check(new LinkedHashSet<>(menu()), "demo-municipality", overflowing);
        assertThat(overflowing).as("pages wider than a 390 px phone").isEmpty();
    }

    private void check(Set<String> paths, String login, Map<String, String> overflowing) {
        for (String path : paths) {
            if (path == null) {
                continue;
            }
            browser.open(path);
            browser.await().until(d -> "complete".equals(script("return document.readyState;")));
            Object overflow = script(OVERFLOW);
            if (overflow != null) {
                overflowing.put(login + " " + path, overflow.toString());
            }
        }
    }

    /** The links of the main menu (collapsed into the burger on a phone, so read from the markup). */
    private List<String> menu() {
        browser.open("/");
        return browser.driver().findElements(By.cssSelector("#main-nav a[href^='/']")).stream()
                .map(a -> a.getDomAttribute("href"))
                .toList();
    }

    private String firstLink(String page, String selector) {
        browser.open(page);
        return browser.driver().findElements(By.cssSelector(selector)).stream()
                .findFirst()
                .map(a -> a.getDomAttribute("href"))
                .orElse(null);
    }

    private Object script(String script) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script);
    }
}
