package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;

/**
 * The curator publishes a material on a need; the mentor finds it suggested in her cabinet, records an external
 * course; the curator confirms it; the hours show on the mentor's training record.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TrainingJourneyBrowserTests {

    @Autowired
    ProgrammeFixtures fixtures;

    Browser browser;

    private void type(String id, String text) {
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id(id)))
                .sendKeys(text);
    }

    /** A date input takes what the browser's locale expects when typed; its value is set as the form sends it. */
    private void date(String id, String isoDate) {
        WebElement input = browser.driver().findElement(By.id(id));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", input, isoDate);
    }

    @Test
    void aMaterialIsSuggestedToTheMentorWhoseConfirmedCourseCountsOnHerTrainingRecord() {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        browser.signIn(pair.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/training/materials");
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("publish-material"))));
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("kind-link"))));
        type("title", "Дисциплина на уроке: приёмы");
        type("url", "https://edu.example.ru/discipline");
        new Select(browser.driver().findElement(By.id("topics"))).selectByValue("discipline");
        browser.click(browser.driver().findElement(By.id("save-material")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("material-link")));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(pair.mentor().getUsername(), Fixtures.PASSWORD);
        browser.open("/mentorship/my");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".suggested-materials")))
                        .getText())
                .contains("Дисциплина на уроке: приёмы");

        browser.open("/training/record");
        type("course-provider", "ГАУ ДПО «Институт развития образования»");
        type("course-title", "Наставничество в образовательной организации");
        type("course-hours", "72");
        date("course-starts", "2026-10-01");
        date("course-ends", "2026-10-20");
        browser.click(browser.driver().findElement(By.cssSelector("#add-course button[type=submit]")));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("courses"), "ждёт подтверждения"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(pair.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/training/courses");
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#course-list a"))));
        browser.click(browser.await()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.confirm-course"))));
        browser.await().until(ExpectedConditions.textToBe(By.id("confirmed-hours"), "Подтверждено часов: 72"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(pair.mentor().getUsername(), Fixtures.PASSWORD);
        browser.open("/training/record");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("confirmed-hours")))
                        .getText())
                .isEqualTo("Подтверждено часов: 72");
        assertThat(browser.driver().findElement(By.id("courses")).getText()).contains("подтверждён");
    }
}
