package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The curator prints a consent form, records the signed consent with its scan, and sees the teacher consented. */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConsentBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    Browser browser;

    @Test
    void curatorPrintsAFormUploadsTheSignedScanAndSeesTheTeacherConsented() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String person = staff.create(curator, world.schoolA(), Fixtures.teacher("Лебедева", "Галина", "Павловна"))
                .id()
                .toString();
        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);

        browser.open("/people/staff/" + person);
        WebElement row = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#consents tr[data-purpose=PERSONAL_DATA]")));
        String formUrl = row.findElement(By.cssSelector("a.consent-form-pdf")).getAttribute("href");
        byte[] pdf = download(formUrl);
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        Path scan = Files.createTempFile(Path.of("target"), "scan-", ".pdf");
        Files.write(scan, pdf);
        browser.open("/people/staff/" + person);
        row = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#consents tr[data-purpose=PERSONAL_DATA]")));
        assertThat(row.findElement(By.cssSelector(".consent-status")).getText()).isEqualTo("Нет");
        browser.click(row.findElement(By.cssSelector("details summary.btn-primary")));
        row.findElement(By.cssSelector("input[name=scan]"))
                .sendKeys(scan.toAbsolutePath().toString());
        browser.click(row.findElement(By.cssSelector("form button[type=submit]")));

        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".alert-success"), "Согласие отмечено полученным"));
        row = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("#consents tr[data-purpose=PERSONAL_DATA]")));
        assertThat(row.findElement(By.cssSelector(".consent-status")).getText()).isEqualTo("Дано");
        assertThat(row.findElements(By.cssSelector("a.consent-scan"))).hasSize(1);

        browser.open("/consent/consents?purpose=PERSONAL_DATA");
        assertThat(browser.driver().findElements(By.cssSelector("#batch-form")).stream()
                        .map(WebElement::getText))
                .noneMatch(text -> text.contains("Лебедева Галина Павловна"));
        assertThat(browser.driver().findElement(By.tagName("main")).getText()).contains("Лебедева Галина Павловна");
    }

    /** The form is a download; fetch it with the browser's session cookie, as the browser itself would. */
    private byte[] download(String url) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .build();
        HttpResponse<byte[]> response =
                HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }
}
