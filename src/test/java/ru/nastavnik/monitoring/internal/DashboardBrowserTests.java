package ru.nastavnik.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.Browser;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The region's methodologist opens her dashboard, sees the charts drawn within the Content-Security-Policy, and drills
 * down to a district and to one of its schools, where a figure over one person reads «< 3».
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DashboardBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    IndicatorWorld w;

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
    void theRegionDrillsDownFromItsChartsToADistrictAndASchool() {
        DashboardWorld world = new DashboardWorld(w);
        NastavnikPrincipal regional = fixtures.user(Role.REGIONAL_METHODOLOGIST, world.region);
        browser.signIn(regional.getUsername(), Fixtures.PASSWORD);
        browser.consoleMessages();
        browser.open("/monitoring/dashboard?from=2025-09-01&to=2026-08-31");
        browser.await()
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".dashboard-chart-ready canvas"), 3));
        assertThat(browser.consoleMessages())
                .as("the charts draw within the Content-Security-Policy")
                .noneMatch(message -> message.contains("Content Security Policy"));
        assertThat(inlineStylesOutsideCharts())
                .as("inline styles the CSP would refuse")
                .isEmpty();
        assertThat(browser.driver().findElement(By.id("tile-MENTORS")).getText())
                .contains("5");

        browser.click(browser.driver().findElement(By.cssSelector("#unit-" + world.m1 + " a")));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-path"), "Регион"));
        assertThat(browser.driver().findElement(By.id("tile-MENTORS")).getText())
                .contains("3");
        browser.click(browser.driver().findElement(By.cssSelector("#unit-" + world.a + " a")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard-roadmap")));
        assertThat(browser.driver().findElement(By.id("tile-MENTORS")).getText())
                .contains("< 3");
        assertThat(browser.driver().findElement(By.id("dashboard-path")).getText())
                .contains("Регион", "Район 1");
    }

    @SuppressWarnings("unchecked")
    private List<String> inlineStylesOutsideCharts() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return Array.from(document.querySelectorAll('[style]'))
                  .filter(function (e) { return !e.closest('.dashboard-chart'); })
                  .map(function (e) { return e.outerHTML.substring(0, 200); });""");
    }
}
