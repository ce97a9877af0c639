package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.Listeners;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.roadmap.internal.SchoolYear;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.shared.web.Dates;

/**
 * The curator starts from what to do next: she gives the Regulation's activity a deadline and a responsible person,
 * drafts the order approving the Regulation on the orders page (its two appendices, the Regulation and this roadmap
 * with her deadline, hang on it), registers it signed with its scan and the activity turns done by itself, she marks the consents
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
    Listeners listeners;

    Browser browser;

    /** What the signed-in browser would save: the file at a path or address, read with the browser's session. */
    private byte[] download(String href) throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
        String url = href.startsWith("http") ? href : browser.url(href);
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Cookie", "JSESSIONID=" + session.getValue())
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(href).isEqualTo(200);
        return response.body();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), in.readAllBytes());
            }
        }
        return files;
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    /** The status and type of a download the signed-in browser asks for. */
    private String fetch(String href) {
        return String.valueOf(((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))",
                        href));
    }

    @Test
    void theCuratorPlansTheRegulationSeesItDoneMarksConsentsByHandAndTheMethodologistSeesTheProgress()
            throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        staff.create(curator, world.schoolA(), Fixtures.teacher("Смирнова", "Ольга", "Викторовна"));
        SchoolYear year = SchoolYear.of(SchoolToday.date());
        LocalDate deadline = year.start().plusDays(20);

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        var tile = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("tile-roadmap")));
        assertThat(tile.getText()).contains("Дальше по дорожной карте");
        browser.click(tile.findElement(By.partialLinkText("Положения о системе наставничества")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("deadline")));
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];",
                        browser.driver().findElement(By.id("deadline")),
                        deadline.toString());
        new Select(browser.driver().findElement(By.id("responsible"))).selectByVisibleText("Смирнова Ольга Викторовна");
        browser.click(browser.driver().findElement(By.id("save-activity")));
        String row = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1")))
                .getText();
        assertThat(row).contains("Смирнова Ольга Викторовна").contains(Dates.DATE.format(deadline));

        // she drafts the order approving the Regulation on the orders page: both appendices hang on it
        browser.open("/mentorship/orders");
        browser.click(browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.xpath("//summary[contains(., 'Положени')]"))));
        browser.driver().findElement(By.id("curator")).sendKeys("Смирнову Ольгу Викторовну");
        browser.submit(
                browser.driver().findElement(By.cssSelector("form[action$='/mentorship/orders/regulation'] button")));
        WebElement order = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".order")));
        assertThat(order.findElements(By.cssSelector(".appendices a")).stream()
                        .map(a -> a.getDomAttribute("href"))
                        .map(h -> h.substring(h.lastIndexOf('/') + 1))
                        .toList())
                .containsExactly("regulation.docx", "regulation.pdf", "roadmap.docx", "roadmap.pdf");
        String printed = flat(DocumentTablesPdfTestsAccess.pdfText(
                download(order.findElement(By.partialLinkText("PDF")).getDomAttribute("href"))));
        assertThat(printed)
                .contains("Смирнову Ольгу Викторовну")
                .contains("Приложение № 1")
                .contains("Приложение № 2")
                .contains("Положение о системе наставничества")
                .contains("Дорожная карта (план мероприятий)")
                .contains("Смирнова")
                .contains(Dates.DATE.format(deadline).substring(0, 6));

        // signed on paper, she registers it with its scan under the series' number
        Path scan = Files.createTempFile(Path.of("target"), "regulation-order-", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        WebElement number = order.findElement(By.cssSelector("input[name=number]"));
        number.clear();
        number.sendKeys("15-о");
        order.findElement(By.cssSelector("input[name=scan]"))
                .sendKeys(scan.toAbsolutePath().toString());
        browser.submit(order.findElement(By.cssSelector("button[type=submit]")));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".alert-success"), "Приказ зарегистрирован"));
        assertThat(browser.driver().findElement(By.cssSelector(".order")).getText())
                .contains("15-о");
        assertThat(download(browser.driver()
                        .findElement(By.cssSelector(".order .appendices a[href$='/scan']"))
                        .getDomAttribute("href")))
                .startsWith("%PDF".getBytes());

        listeners.awaitCompletion();
        browser.open("/roadmap");
        String stageOne = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1")))
                .getText();
        assertThat(stageOne).contains("Выполнено").contains("№ 15-о");

        browser.click(browser.driver()
                .findElements(By.cssSelector("#stage-1 a[id^='edit-']"))
                .get(1));
        new Select(browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("status"))))
                .selectByValue("DONE");
        browser.driver().findElement(By.id("comment")).sendKeys("Согласия собраны на бумаге, хранятся у секретаря");
        browser.click(browser.driver().findElement(By.id("set-status")));
        stageOne = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1")))
                .getText();
        assertThat(stageOne).contains("выполнено 2 из 2").contains("задан вручную: Согласия собраны на бумаге");

        // the accountant's statement and the inspection package download from their pages
        browser.open("/mentorship/payments");
        String sheet = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("download-statement")))
                .getDomAttribute("href");
        assertThat(fetch(sheet)).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(sheet)))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Ведомость выплат за наставническую деятельность (ст. 351.8 ТК РФ)");
        }
        browser.open("/roadmap");
        browser.click(browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#roadmap-package summary"))));
        assertThat(browser.driver().findElements(By.id("download-package"))).isNotEmpty();
        // the form's own period: from the school year's start to today
        String zip = "/roadmap/package.zip?from="
                + browser.driver().findElement(By.id("package-from")).getDomProperty("value") + "&to="
                + browser.driver().findElement(By.id("package-to")).getDomProperty("value");
        assertThat(fetch(zip)).isEqualTo("200 application/zip");
        Map<String, byte[]> files = unzip(download(zip));
        String on = Dates.DATE.format(SchoolToday.date());
        assertThat(files)
                .containsKeys(
                        "00 Опись документов.pdf",
                        "01 Положение и дорожная карта/Положение о системе наставничества.pdf",
                        "01 Положение и дорожная карта/Дорожная карта.pdf",
                        "02 Приказы/Приказ № 15-о от " + on + ".pdf",
                        "02 Приказы/Приказ № 15-о от " + on + " (скан).pdf");
        assertThat(flat(DocumentTablesPdfTestsAccess.pdfText(
                        files.get("01 Положение и дорожная карта/Дорожная карта.pdf"))))
                .contains("№ 15-о")
                .contains("Смирнова");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(
                fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality())
                        .getUsername(),
                Fixtures.PASSWORD);
        browser.click(
                browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Дорожные карты школ"))));
        String schools = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.tagName("table")))
                .getText();
        assertThat(schools).contains("Школа А").contains("выполнено 2 из").contains("школа ещё не открывала карту");
        browser.click(browser.driver().findElement(By.partialLinkText("Школа А")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("stage-1")))
                        .getText())
                .contains("Выполнено")
                .contains("назначен")
                .doesNotContain("Смирнова");
    }
}
