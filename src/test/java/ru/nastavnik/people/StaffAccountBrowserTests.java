package ru.nastavnik.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
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
 * Issue 13, item 11 in the browser: the curator links a teacher's account to her staff record; where the account's
 * name is not the record's, the card refuses with both names, links only once she confirms, and then shows the login.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StaffAccountBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    StaffAccounts accounts;

    Browser browser;

    @Test
    void anAccountWhoseNameIsNotTheRecordsIsLinkedOnlyWhenTheCuratorConfirmsItAndTheCardShowsTheLogin() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        // the account is named «Тест MENTOR»: neither the record's surname nor its first name
        NastavnikPrincipal teacher = fixtures.user(Role.MENTOR, world.schoolA());
        PersonId person = staff.create(curator, world.schoolA(), Fixtures.teacher("Тихонова", "Вера", "Андреевна"))
                .id();

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        browser.open("/people/staff/" + person);
        link(teacher.getUsername(), false);
        WebElement refusal =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-danger")));
        assertThat(refusal.getText())
                .contains("«Тест MENTOR»")
                .contains("«Тихонова Вера Андреевна»")
                .contains("Привязать, хотя имена различаются");
        // not linked; the form keeps what she typed, for the confirmation
        assertThat(browser.driver().findElement(By.id("username")).getDomProperty("value"))
                .isEqualTo(teacher.getUsername());
        assertThat(accounts.accountOf(curator, world.schoolA(), person)).isEmpty();

        link(teacher.getUsername(), true);
        WebElement done =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(done.getText()).isEqualTo("Учётная запись привязана.");
        assertThat(browser.driver().findElement(By.id("username")).getDomProperty("value"))
                .isEqualTo(teacher.getUsername());
        assertThat(accounts.ownId(teacher)).contains(person);
    }

    private void link(String username, boolean despiteName) {
        WebElement field = browser.driver().findElement(By.id("username"));
        field.clear();
        field.sendKeys(username);
        WebElement confirm = browser.driver().findElement(By.id("despiteName"));
        if (confirm.isSelected() != despiteName) {
            browser.click(confirm);
        }
        browser.click(browser.driver().findElement(By.cssSelector("form[action$='/account'] button[type=submit]")));
    }
}
