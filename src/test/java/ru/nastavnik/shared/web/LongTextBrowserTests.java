package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

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
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A text longer than a field takes is stopped in the page, before it is sent: refused by the server, the answer is an
 * error page and what she typed is gone.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LongTextBrowserTests {

    @Autowired
    Fixtures fixtures;

    Browser browser;

    @Test
    void aPastedTextLongerThanAFieldTakesIsStoppedInThePageAndKept() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        browser.open("/events/new?organisation=" + world.schoolA());
        WebElement agenda = browser.driver().findElement(By.id("agenda"));
        // as a paste of a whole document would fill it
        ((JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].value = '10:00 | Тема | ' + 'а'.repeat(100001);", agenda);
        browser.click(browser.driver().findElement(By.id("save-event")));

        WebElement note =
                browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("text-longest-note")));
        assertThat(note.getText()).contains("длиннее 100 000 знаков");
        assertThat(browser.driver().getCurrentUrl()).contains("/events/new");
        assertThat(agenda.getDomProperty("value")).hasSize(100001 + "10:00 | Тема | ".length());
        assertThat(agenda.getDomAttribute("class")).contains("is-invalid");
    }
}
