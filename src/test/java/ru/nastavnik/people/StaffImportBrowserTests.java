package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.nastavnik.Browser;
import ru.nastavnik.Fixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The whole import journey in a real browser: the multipart upload, the session-held token and the redirect. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffImportBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    private Browser browser;
    private WebDriver driver;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() throws Exception {
        browser = Browser.start(port);
        driver = browser.driver();
        wait = browser.await();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void curatorImportsAStaffFileAndFindsATeacher() throws Exception {
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        String surname = "Тестова" + letterTag();
        Path file = staffFile(surname);

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);

        open("/people/staff");
        driver.findElement(By.cssSelector("a[href*='/people/staff/import']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
                .sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")).click();

        String summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary"))).getText();
        assertThat(summary).startsWith("Проверка пройдена");
        driver.findElement(By.cssSelector("button[name=action][value=import]")).click();

        wait.until(ExpectedConditions.urlContains("/people/staff?organisation="));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText()).contains("Импорт завершён");

        // Enter rather than the button, because that is what people do; htmx may also swap the results meanwhile.
        driver.findElement(By.id("q")).sendKeys(surname, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        String fullName = surname + " Анна Сергеевна";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-results"), fullName));

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(fullName))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), fullName));
    }

    /** Excel's "CSV (разделители — точки с запятой)" in windows-1251 is what schools actually upload. */
    private static Path staffFile(String surname) throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "staff-import-");
        Path file = dir.resolve("педагоги.csv");
        List<String> lines = List.of(
                "Фамилия;Имя;Отчество;Пол;Дата рождения;Должность;Предметы;Педагогический стаж;Категория",
                surname + ";Анна;Сергеевна;Ж;14.03.1985;учитель;математика, информатика;15;высшая",
                surname + ";Борис;Петрович;М;02.11.1979;учитель;физика;21;первая",
                surname + "а;Вера;Ильинична;Ж;30.06.1992;учитель;русский язык, литература;7;первая");
        Files.write(file, lines, Charset.forName("windows-1251"));
        return file;
    }

    /** Names may hold only letters, so the random part is spelt in Cyrillic. */
    private static String letterTag() {
        StringBuilder tag = new StringBuilder();
        ThreadLocalRandom.current().ints(6, 0, 10).forEach(d -> tag.append("абвгдежзик".charAt(d)));
        return tag.toString();
    }

    private void open(String path) {
        browser.open(path);
    }
}
