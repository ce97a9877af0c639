package ru.nastavnik.bank;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator's afternoon with a staff room's paper: the signed forms that came back marked received in one go, the
 * mentors back from their course marked trained in one go, and one of them opened in her prefilled profile.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BulkActionsBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    Browser browser;

    @Test
    void curatorMarksTheFormsThatCameBackReceivedAndTheMentorsTrainedEachInOneGoAndTakesOneOutOnHerPage() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        List<PersonId> people = List.of(
                staff.create(curator, world.schoolA(), Fixtures.teacher("Лебедева", "Галина", "Павловна"))
                        .id(),
                staff.create(curator, world.schoolA(), Fixtures.teacher("Крылова", "Ольга", "Ивановна"))
                        .id(),
                staff.create(curator, world.schoolA(), Fixtures.teacher("Мельникова", "Анна", "Сергеевна"))
                        .id());
        consents.request(curator, world.schoolA(), people, ConsentPurpose.PERSONAL_DATA);
        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);

        browser.open("/consent/consents?purpose=PERSONAL_DATA");
        List<WebElement> ticks = browser.await()
                .until(ExpectedConditions.numberOfElementsToBe(
                        By.cssSelector("#recorded-consents input[name=consent]"), 3));
        ticks.forEach(browser::click);
        browser.click(browser.driver().findElement(By.cssSelector("#mark-form button[type=submit]")));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".alert-success"), "Отмечено полученными согласий: 3"));
        assertThat(browser.driver().findElements(By.cssSelector("#recorded-consents tbody tr")))
                .extracting(row -> row.findElements(By.tagName("td")).get(2).getText())
                .containsOnly("Дано");
        assertThat(browser.driver().findElements(By.cssSelector("#recorded-consents input[name=consent]")))
                .isEmpty();

        for (PersonId person : people.subList(0, 2)) {
            banks.saveMentor(
                    curator,
                    world.schoolA(),
                    new MentorRequest(
                            person.toString(),
                            List.of("discipline", "parents"),
                            null,
                            1,
                            List.of(),
                            null,
                            null,
                            false));
        }
        browser.open("/bank/mentors");
        browser.await()
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#mentor-bank input[name=personId]"), 2))
                .forEach(browser::click);
        new Select(browser.driver().findElement(By.id("batchTraining"))).selectByValue("TRAINED");
        browser.click(browser.driver().findElement(By.cssSelector("#training-form button[type=submit]")));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".alert-success"), "Статус обучения изменён у наставников: 2"));
        assertThat(browser.driver().findElements(By.cssSelector("#mentor-bank tbody tr")))
                .extracting(row -> row.findElements(By.tagName("td")).get(4).getText())
                .containsOnly("Обучен с " + ru.nastavnik.shared.web.Dates.DATE.format(ru.nastavnik.SchoolToday.date()));

        browser.click(browser.driver().findElement(By.cssSelector("#mentor-bank tbody tr a.bank-edit")));
        WebElement competence =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("competences-parents")));
        assertThat(competence.isSelected()).isTrue();
        assertThat(new Select(browser.driver().findElement(By.id("trainingStatus")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("TRAINED");
        // one mentor is taken out of the bank on her own page, with a reason (the list has no form per row)
        browser.driver().findElement(By.id("leaveReason")).sendKeys("Перевелась в другую школу");
        browser.click(browser.driver().findElement(By.cssSelector("#leave-form button[type=submit]")));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".alert-success"), "Педагог исключён из банка."));
        assertThat(browser.driver().findElements(By.cssSelector("#mentor-bank tbody tr")))
                .hasSize(1);
        assertThat(browser.driver().findElement(By.id("mentor-bank-left")).getText())
                .contains("Перевелась в другую школу");

        browser.open("/bank/mentees?who=Мельник");
        WebElement candidate = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#candidates input[name=personId]")));
        assertThat(candidate.getAttribute("value")).isEqualTo(people.get(2).toString());
    }
}
