package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Browser;
import ru.nastavnik.Fixtures;
import ru.nastavnik.mentorship.ProgrammeFixtures;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.programme.Programmes;

/**
 * The mentee scores her needs at the start and, once the end opens, at the end from her programme's page; her mentor
 * sees the deficits closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoStageMonitoringBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    ProgrammeFixtures fixtures;

    @Autowired
    Programmes programmes;

    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(port);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void theMenteeAssessesHerselfAtStartAndEndAndTheProgrammeShowsTheDeficitsClosed() {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline", "parents"));
        ProgrammeView programme = programmes.create(pair.curator(), pair.mentorship());
        programmes.approve(pair.curator(), programme.id());

        browser.signIn(pair.mentee().getUsername(), Fixtures.PASSWORD);
        browser.open("/mentorship/programmes/" + programme.id());
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("programme-impact"))));
        WebElement start = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("start-form")));
        List<WebElement> scores = start.findElements(By.cssSelector("select[name=score]"));
        assertThat(scores).hasSize(2);
        new Select(scores.get(0)).selectByValue("2");
        new Select(scores.get(1)).selectByValue("3");
        browser.click(start.findElement(By.cssSelector("button[type=submit]")));
        browser.awaitGone(start);
        // the final one opens a month before the programme's planned end, and the page says when
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("end-opens")));
        jdbc.update(
                "update programme set ends_on = ? where id = ?",
                ru.nastavnik.SchoolToday.date().plusDays(20),
                programme.id());
        browser.open("/monitoring/programmes/" + programme.id() + "/impact");

        WebElement end = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("end-form")));
        List<WebElement> endScores = end.findElements(By.cssSelector("select[name=score]"));
        new Select(endScores.get(0)).selectByValue("5");
        new Select(endScores.get(1)).selectByValue("4");
        browser.click(end.findElement(By.cssSelector("button[type=submit]")));
        browser.awaitGone(end);
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("deficits-closed")))
                        .getText())
                .isEqualTo("Закрыто дефицитов: 2 из 2");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(pair.mentor().getUsername(), Fixtures.PASSWORD);
        browser.open("/monitoring/programmes/" + programme.id() + "/impact");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("deficits-closed")))
                        .getText())
                .isEqualTo("Закрыто дефицитов: 2 из 2");
    }
}
