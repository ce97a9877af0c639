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

/**
 * The curator goes from her section's settings to its figures, puts the pairs first and the mentors second and saves;
 * an anonymous visitor reads them on the section and in the version for the visually impaired (2 pairs of 2 mentors:
 * «< 3» each). Every page the browser opens is checked by axe-core.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PublicFiguresBrowserTests {

    @Autowired
    PublishingWorld worlds;

    @Autowired
    FiguresWorld figures;

    Browser browser;

    @Test
    void theCuratorChoosesTheFiguresAndAnAnonymousVisitorReadsThem() {
        PublishingWorld.World w = worlds.create();
        figures.pair(w.school(), "ACTIVE");
        figures.pair(w.school(), "ACTIVE");

        browser.signIn(w.curator().getUsername(), ru.nastavnik.Fixtures.PASSWORD);
        browser.open("/publishing/site?organisation=" + w.school());
        browser.click(
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("public-figures-settings"))));
        new Select(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("figure-1"))))
                .selectByValue("PAIRS");
        new Select(browser.driver().findElement(By.id("figure-2"))).selectByValue("MENTORS");
        browser.submit(browser.driver().findElement(By.id("save-figures")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")))
                        .getText())
                .contains("Показатели публичного раздела сохранены");

        browser.driver().manage().deleteAllCookies();
        browser.open("/o/" + w.slug() + "/nastavnichestvo");
        String shown = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("public-figures")))
                .getText();
        assertThat(shown).contains("Наставничество в цифрах", "Наставнических пар", "< 3");
        assertThat(shown.indexOf("Наставнических пар"))
                .isLessThan(shown.indexOf(PublicFiguresIntegrationTests.MENTORS_LABEL));
        assertThat(browser.driver().findElement(By.id("figure-MENTORS")).getText())
                .isEqualTo("< 3");
        browser.click(browser.driver().findElement(By.id("accessible-link")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("figure-PAIRS")))
                        .getText())
                .isEqualTo("< 3");
        assertThat(browser.driver().manage().getCookies()).isEmpty();
        assertThat(browser.consoleMessages()).noneMatch(m -> m.contains("Content Security Policy"));
    }
}
