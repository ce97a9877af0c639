package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.mentorship.OrderRegister;
import ru.nastavnik.mentorship.RegulationOrders;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The curator starts from what to do next: she gives the Regulation's activity a deadline and a responsible person,
 * the order approving the Regulation is registered and the activity turns done by itself, she marks the consents
 * collected on paper by hand, downloads the payment statement and the inspection package; the municipality's
 * methodologist reads how far the school has come.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadmapBrowserTests {

    @Autowired
    Fixtures fixtures;
    @Autowired
    StaffManagement staff;
    @Autowired
    RegulationOrders regulations;
    @Autowired
    OrderRegister orders;
    @Autowired
    Listeners listeners;

    Browser browser;

    /** The status and type of a download the signed-in browser asks for. */
    private String fetch(String href) {
        return String.valueOf(((JavascriptExecutor) browser.driver()).executeAsyncScript(
                "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))", href));
    }

    @Test
    void theCuratorPlansTheRegulationSeesItDoneMarksConsentsByHandAndTheMethodologistSeesTheProgress() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        staff.create(curator, world.schoolA(), Fixtures.teacher("Смирнова", "Ольга", "Викторовна"));
        SchoolYear year = SchoolYear.of(LocalDate.now());
        LocalDate deadline = year.start().plusDays(20);

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        var tile = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("tile-roadmap")));
        assertThat(tile.getText()).contains("Дальше по дорожной карте");
        browser.click(tile.findElement(By.partialLinkText("Положения о системе наставничества")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("deadline")));
        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1];",
                browser.driver().findElement(By.id("deadline")), deadline.toString());
        new Select(browser.driver().findElement(By.id("responsible"))).selectByVisibleText("Смирнова Ольга Викторовна");
        browser.click(browser.driver().findElement(By.id("save-activity")));
        String row = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1"))).getText();
        assertThat(row).contains("Смирнова Ольга Викторовна").contains(Dates.DATE.format(deadline));

        var order = regulations.draftRegulation(curator, world.schoolA(), null, "Смирнову Ольгу Викторовну");
        orders.register(curator, order.id(), "15-о", year.start().plusDays(10),
                new ByteArrayInputStream("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes()), "order.pdf");
        listeners.awaitCompletion();
        browser.open("/roadmap");
        String stageOne = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1"))).getText();
        assertThat(stageOne).contains("Выполнено").contains("№ 15-о");

        browser.click(browser.driver().findElements(By.cssSelector("#stage-1 a[id^='edit-']")).get(1));
        new Select(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("status")))).selectByValue("DONE");
        browser.driver().findElement(By.id("comment")).sendKeys("Согласия собраны на бумаге, хранятся у секретаря");
        browser.click(browser.driver().findElement(By.id("set-status")));
        stageOne = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1"))).getText();
        assertThat(stageOne).contains("выполнено 2 из 2").contains("задан вручную: Согласия собраны на бумаге");

        // the accountant's statement and the inspection package download from their pages
        browser.open("/mentorship/payments");
        assertThat(fetch(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("download-statement")))
                .getDomAttribute("href"))).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        browser.open("/roadmap");
        String zip = browser.url("/roadmap/package.zip?from=" + year.start() + "&to=" + LocalDate.now());
        assertThat(browser.driver().findElements(By.id("download-package"))).isNotEmpty();
        assertThat(fetch(zip)).isEqualTo("200 application/zip");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality()).getUsername(), Fixtures.PASSWORD);
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Дорожные карты школ"))));
        String schools = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.tagName("table"))).getText();
        assertThat(schools).contains("Школа А").contains("выполнено 2 из").contains("не начата");
        browser.click(browser.driver().findElement(By.partialLinkText("Школа А")));
        assertThat(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1"))).getText())
                .contains("Выполнено").contains("назначен").doesNotContain("Смирнова");
    }
}
