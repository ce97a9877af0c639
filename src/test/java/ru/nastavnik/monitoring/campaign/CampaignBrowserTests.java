package ru.nastavnik.monitoring.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The region's campaign end to end (issue 16 item 7): its methodologist opens a campaign for the 2025/26 year and
 * uploads the region's own form with a sheet per school, mapping its cells; school «А» (one pair: one mentor) and
 * school «Б» (none) review the computed figures, type the figure the system cannot know and submit; «Б» is returned
 * with a comment and resubmits; the methodologist closes the campaign and downloads the roll-up in the region's
 * form. The hand figure: «А» 3 of 4 (75 %), «Б» 1 of 2 then 2 of 2 (100 %) — or, for a count, 3 and 2.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CampaignBrowserTests {

    @Autowired
    CampaignWorld w;

    Browser browser;

    @Test
    void theRegionCollectsTwoSchoolsReportsAndDownloadsTheRollUpInItsOwnForm() throws Exception {
        // the figure typed by the schools is the region's own share, added in the form: every share of the catalogue
        // is computed by the system now
        String manual = "OWN_1";
        OrganisationId region = w.org("Область", OrganisationKind.REGION, null);
        OrganisationId a = w.org("Школа А", OrganisationKind.ORGANISATION, region);
        OrganisationId b = w.org("Школа Б", OrganisationKind.ORGANISATION, region);
        w.pair(a, LocalDate.of(2025, 10, 1), w.person(a), w.person(a));
        NastavnikPrincipal methodologist = w.account(Role.REGIONAL_METHODOLOGIST, region, null);
        NastavnikPrincipal curatorA = w.account(Role.CURATOR, a, null);
        NastavnikPrincipal curatorB = w.account(Role.CURATOR, b, null);

        // the region opens the campaign
        browser.signIn(methodologist.getUsername(), Fixtures.PASSWORD);
        browser.open("/monitoring/campaigns");
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("new-campaign"))));
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("title")))
                .sendKeys("Региональный мониторинг наставничества 2025/26");
        new Select(browser.driver().findElement(By.id("organisation"))).selectByValue(region.toString());
        date("from", "2025-09-01");
        date("to", "2026-08-31");
        date("deadline", "2026-06-01");
        date("orderDate", "2026-05-15");
        browser.driver().findElement(By.id("orderNumber")).sendKeys("45-од");
        browser.click(browser.driver().findElement(By.cssSelector("input[name=indicators][value=MENTORS]")));
        browser.driver().findElement(By.id("own0.title")).sendKeys(CampaignWorld.OWN_SHARE);
        new Select(browser.driver().findElement(By.id("own0.unit"))).selectByValue("PERCENT");
        browser.click(browser.driver().findElement(By.id("open-campaign")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-schools")));
        String board = browser.driver().getCurrentUrl();
        String campaign = board.substring(board.lastIndexOf('/') + 1);
        assertThat(browser.driver().findElement(By.id("campaign-status")).getText())
                .isEqualTo("Открыта");
        assertThat(browser.driver().findElement(By.id("own-OWN_1")).getText())
                .contains(CampaignWorld.OWN_SHARE, "OWN_1");

        // … and its own form: a sheet per school, the school's name in B4, the figures in C6 and C7
        browser.click(browser.driver().findElement(By.id("campaign-form-link")));
        Path file = Files.createTempFile("forma-", ".xlsx");
        Files.write(file, form());
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
                .sendKeys(file.toString());
        browser.click(browser.driver().findElement(By.id("layout-SHEETS")));
        browser.driver().findElement(By.id("mapping")).sendKeys("B4 = SCHOOL\nC6 = MENTORS\nC7 = " + manual);
        browser.click(browser.driver().findElement(By.id("upload-template")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("current-template")))
                        .getText())
                .contains(file.getFileName().toString())
                .contains("C7 = " + manual);
        Files.delete(file);

        // the schools review, type the hand figure and submit
        report(curatorA, campaign, manual, "3", "4");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#figure-MENTORS .value"))
                        .getText())
                .startsWith("1");
        report(curatorB, campaign, manual, "1", "2");

        // the region returns «Б» with a comment; «Б» corrects and resubmits
        signIn(methodologist);
        browser.open("/monitoring/campaigns/" + campaign + "/reports/" + b);
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("return-text")))
                .sendKeys("Проверьте долю: все молодые педагоги закреплены");
        browser.click(browser.driver().findElement(By.id("return-report")));
        browser.await()
                .until(ExpectedConditions.textToBe(
                        By.cssSelector("#school-" + b + " .status"), "Возвращён на доработку"));
        signIn(curatorB);
        browser.open("/monitoring/campaigns");
        browser.click(browser.await()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#school-campaign-" + campaign + " a"))));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("return-comment")))
                        .getText())
                .contains("Проверьте долю");
        type(By.id("numerator-" + manual), "2");
        browser.click(browser.driver().findElement(By.id("submit-report")));
        browser.await().until(ExpectedConditions.textToBe(By.id("report-status"), "Сдан"));

        // the region closes the campaign and downloads the roll-up in its own form
        signIn(methodologist);
        browser.open("/monitoring/campaigns/" + campaign);
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("campaign-counts")))
                        .getText())
                .startsWith("Сдали: 2");
        browser.click(browser.driver().findElement(By.id("close-campaign")));
        browser.await().until(ExpectedConditions.textToBe(By.id("campaign-status"), "Закрыта"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download(browser.driver().findElement(By.id("rollup")).getAttribute("href"))))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            Sheet sheetA = sheet(book, "Школа А");
            Sheet sheetB = sheet(book, "Школа Б");
            for (Sheet sheet : new Sheet[] {sheetA, sheetB}) {
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Мониторинг наставничества");
                assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("Наставников");
            }
            assertThat(sheetA.getRow(3).getCell(1).getStringCellValue()).startsWith("Школа А");
            assertThat(sheetA.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(1.0);
            assertThat(sheetA.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(75.0);
            assertThat(sheetB.getRow(3).getCell(1).getStringCellValue()).startsWith("Школа Б");
            assertThat(sheetB.getRow(5).getCell(2).getNumericCellValue()).isEqualTo(0.0);
            assertThat(sheetB.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(100.0);
        }
    }

    /** A school's curator opens the campaign from her list, reads the computed figures, types hers and submits. */
    private void report(NastavnikPrincipal curator, String campaign, String manual, String numerator, String base) {
        signIn(curator);
        browser.open("/monitoring/campaigns");
        browser.click(browser.await()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#school-campaign-" + campaign + " a"))));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("report-figures")));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#figure-" + manual + " .source"))
                        .getText())
                .isEqualTo("введено вручную");
        type(By.id("numerator-" + manual), numerator);
        type(By.id("base-" + manual), base);
        browser.driver().findElement(By.id("comment")).sendKeys("Данные по приказу школы");
        browser.click(browser.driver().findElement(By.id("submit-report")));
        browser.await().until(ExpectedConditions.textToBe(By.id("report-status"), "Сдан"));
    }

    private void signIn(NastavnikPrincipal who) {
        browser.driver().manage().deleteAllCookies();
        browser.signIn(who.getUsername(), Fixtures.PASSWORD);
    }

    private void type(By field, String value) {
        WebElement input = browser.await().until(ExpectedConditions.presenceOfElementLocated(field));
        input.clear();
        input.sendKeys(value);
    }

    private void date(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1]", browser.driver().findElement(By.id(id)), isoDate);
    }

    /** The file behind a link, fetched with the browser's session (a headless browser keeps downloads to itself). */
    private byte[] download(String href) throws Exception {
        String session = browser.driver().manage().getCookies().stream()
                .map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", session)
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static Sheet sheet(XSSFWorkbook book, String prefix) {
        for (Sheet sheet : book) {
            if (sheet.getSheetName().startsWith(prefix)) {
                return sheet;
            }
        }
        throw new AssertionError("no sheet of " + prefix);
    }

    /** The region's form: a merged title, «Школа:» in A4 (its name goes to B4), captions in B6 and B7. */
    private static byte[] form() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("Форма 1-Н");
            sheet.createRow(0).createCell(0).setCellValue("Мониторинг наставничества");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            sheet.createRow(3).createCell(0).setCellValue("Школа:");
            sheet.createRow(5).createCell(1).setCellValue("Наставников");
            sheet.createRow(6).createCell(1).setCellValue("Показатель, вводимый школой");
            book.write(out);
            return out.toByteArray();
        }
    }
}
