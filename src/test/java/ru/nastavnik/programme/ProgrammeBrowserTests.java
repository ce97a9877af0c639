package ru.nastavnik.programme;

import static org.assertj.core.api.Assertions.assertThat;

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
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.mentorship.ProgrammeFixtures;

/** The curator writes and approves the programme; the mentor marks an activity done with evidence; progress shows. */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeBrowserTests {

    @Autowired
    ProgrammeFixtures fixtures;

    Browser browser;

    @Test
    void mentorMarksAnActivityDoneWithEvidenceAndTheCuratorSeesTheProgressChange() throws Exception {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline", "parents"));
        browser.signIn(pair.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/mentorship/pairs/" + pair.mentorship());
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("create-programme"))));
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("approve-programme"))));
        browser.await().until(ExpectedConditions.textToBe(By.id("programme-status"), "выполняется"));
        browser.open("/mentorship/programmes");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#programmes .progress-cell"))
                        .getText())
                .isEqualTo("0 %");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(pair.mentor().getUsername(), Fixtures.PASSWORD);
        browser.open("/mentorship/my");
        browser.click(
                browser.await().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#my-programmes a"))));
        WebElement row = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#plan tbody tr:nth-child(2)")));
        String rowId = row.getAttribute("id");
        row.findElement(By.cssSelector("input[name=note]")).sendKeys("Разобрали три ситуации с классом");
        browser.click(row.findElement(By.cssSelector("button.mark-done")));
        // each step finds the row afresh: the page is reloaded after every form it posts
        By byId = By.id(rowId);
        browser.awaitGone(row);
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(byId, "выполнено"));
        browser.click(browser.await()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + rowId + " details summary"))));
        Path evidence = Files.createTempFile(Path.of("target"), "evidence-", ".pdf");
        Files.write(evidence, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        browser.driver()
                .findElement(By.cssSelector("#" + rowId + " .evidence-form input[name=title]"))
                .sendKeys("Конспект разбора");
        browser.driver()
                .findElement(By.cssSelector("#" + rowId + " .evidence-form input[name=file]"))
                .sendKeys(evidence.toAbsolutePath().toString());
        browser.click(
                browser.driver().findElement(By.cssSelector("#" + rowId + " .evidence-form button[type=submit]")));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(byId, "Конспект разбора"));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(pair.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/mentorship/programmes");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(
                                By.cssSelector("#programmes .progress-cell")))
                        .getText())
                .isEqualTo("20 %");
    }

    @Test
    void anActivityRefusedForItsDateComesBackWithWhatTheCuratorTypedAndTheDateMarked() {
        ProgrammeFixtures.ActivePair pair = fixtures.activePair(List.of("discipline"));
        browser.signIn(pair.curator().getUsername(), Fixtures.PASSWORD);
        browser.open("/mentorship/pairs/" + pair.mentorship());
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("create-programme"))));
        WebElement title = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("a-title")));
        title.sendKeys("Взаимопосещение уроков по теме дисциплины");
        browser.driver().findElement(By.id("a-exp")).sendKeys("Протокол наблюдения с выводами");
        WebElement due = browser.driver().findElement(By.id("a-due"));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = '2099-01-15'", due);
        browser.click(title.findElement(By.xpath("ancestor::form//button[@type='submit']")));

        browser.awaitGone(title);
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(browser.driver().findElement(By.id("a-title")).getDomProperty("value"))
                .isEqualTo("Взаимопосещение уроков по теме дисциплины");
        assertThat(browser.driver().findElement(By.id("a-exp")).getDomProperty("value"))
                .isEqualTo("Протокол наблюдения с выводами");
        WebElement refused = browser.driver().findElement(By.id("a-due"));
        assertThat(refused.getDomProperty("value")).isEqualTo("2099-01-15");
        assertThat(refused.getDomAttribute("class")).contains("is-invalid");
        assertThat(refused.getDomAttribute("aria-invalid")).isEqualTo("true");
        // the other forms of the page with fields of the same name keep their own values
        assertThat(browser.driver().findElements(By.cssSelector("#plan input[name=title]")))
                .noneMatch(field -> "Взаимопосещение уроков по теме дисциплины".equals(field.getDomProperty("value")));
    }
}
