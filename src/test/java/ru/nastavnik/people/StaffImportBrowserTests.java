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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
        NastavnikPrincipal curator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        String surname = "Тестова" + letterTag();
        Path file = staffFile(surname);

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);

        open("/people/staff");
        driver.findElement(By.cssSelector("a[href*='/people/staff/import']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
                .sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"))
                .click();

        String summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")))
                .getText();
        assertThat(summary).startsWith("Проверка пройдена");
        // scrolled to the middle first: with a longer menu the button sits at the window's bottom edge
        browser.click(driver.findElement(By.cssSelector("button[name=action][value=import]")));

        wait.until(ExpectedConditions.urlContains("/people/staff?organisation="));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                .contains("Импорт завершён");

        // Enter rather than the button, because that is what people do; htmx may also swap the results meanwhile.
        driver.findElement(By.id("q")).sendKeys(surname, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("q="));
        String fullName = surname + " Анна Сергеевна";
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("staff-results"), fullName));

        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(fullName)))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), fullName));
    }

    @Test
    void curatorCorrectsAndMergesRowsOfARealStaffFileInThePreviewAndImportsTheRest() throws Exception {
        NastavnikPrincipal curator =
                fixtures.user(Role.CURATOR, fixtures.world().schoolA());
        String tag = RealStaffFile.letterTag();
        Path dir = Files.createTempDirectory(Path.of("target"), "staff-import-");
        Path file = Files.write(dir.resolve("Педагоги СОШ 5.xlsx"), RealStaffFile.xlsx(tag));

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        open("/people/staff");
        driver.findElement(By.cssSelector("a[href*='/people/staff/import']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file")))
                .sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]"))
                .click();

        String summary = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("import-summary")))
                .getText();
        assertThat(summary).startsWith("Найдено ошибок: 2");
        assertThat(new Select(driver.findElement(By.id("header_row")))
                        .getFirstSelectedOption()
                        .getText())
                .startsWith("Строка " + RealStaffFile.HEADER_ROW + ":");
        assertThat(new Select(driver.findElement(By.id("col_FULL_NAME")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("Столбец B: Ф.И.О. (полностью)");
        assertThat(driver.findElement(By.id("import-warnings")).getText())
                .contains("повторяет строку " + RealStaffFile.REPEATED_FIRST);

        WebElement hiredOn = driver.findElement(By.id("fix_" + RealStaffFile.BAD_HIRE_DATE + "_HIRED_ON"));
        hiredOn.clear();
        hiredOn.sendKeys("01.09.2016");
        browser.click(driver.findElement(By.id("merge_" + RealStaffFile.CONFLICTING)));
        browser.click(driver.findElement(By.cssSelector("button[name=action][value=check]")));

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-summary"), "Проверка пройдена"));
        assertThat(driver.findElement(By.id("left-out-download")).getText()).contains("XLSX");
        browser.click(driver.findElement(By.cssSelector("button[name=action][value=import]")));

        wait.until(ExpectedConditions.urlContains("/people/staff?organisation="));
        assertThat(driver.findElement(By.cssSelector(".alert-success")).getText())
                .contains("добавлено 4");
        assertThat(driver.findElement(By.id("import-left-out")).getText())
                .contains("Не вошли в импорт строк: 1; повторов, сохранённых один раз: 1");
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
