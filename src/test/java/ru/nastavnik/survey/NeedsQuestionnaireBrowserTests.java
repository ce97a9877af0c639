package ru.nastavnik.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import ru.nastavnik.SchoolToday;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.consent.GiveConsent;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.people.StaffAccounts;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.internal.QuestionnaireDetails;
import ru.nastavnik.survey.internal.QuestionnaireManagement;
import ru.nastavnik.survey.internal.SurveyDistribution;

/**
 * The curator sends the needs questionnaire; the teacher answers it in their cabinet (a closed tab loses
 * nothing) and submits; the curator finds the teacher in the mentee bank with the needs they named, and the
 * results drawn as charts without anything the Content-Security-Policy refuses.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NeedsQuestionnaireBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    ConsentManagement consents;

    Browser browser;

    @Test
    void aTeacherAnswersTheNeedsQuestionnaireAndTheCuratorSeesThemInTheMenteeBankAndTheResults() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal teacher = fixtures.user(Role.MENTEE, world.schoolA());
        PersonId person = staff.create(curator, world.schoolA(), Fixtures.teacher("Тихонова", "Вера", "Андреевна"))
                .id();
        accounts.link(curator, world.schoolA(), person, teacher.getUsername(), true);
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        person.toString(),
                        ConsentPurpose.PERSONAL_DATA,
                        SchoolToday.date().minusDays(1),
                        null,
                        null));

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        browser.open("/survey/questionnaires");
        new Select(browser.driver().findElement(By.id("template"))).selectByValue("needs");
        browser.click(browser.driver()
                .findElement(By.cssSelector("form[action$='/survey/questionnaires'] button[type=submit]")));
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("open-questionnaire"))));
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Рассылка"))));
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("group-all-staff"))));
        browser.click(browser.driver().findElement(By.id("invite")));
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("invitations"), "Тихонова"));
        String results = browser.driver().getCurrentUrl().replaceAll("/invitations.*$", "/results");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(teacher.getUsername(), Fixtures.PASSWORD);
        browser.open("/survey/my");
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Ответить"))));
        choose("a-q1-1-3");
        choose("a-q2-PROFESSIONAL_DEFICITS");
        choose("a-q3-discipline");
        choose("a-q3-parents");
        choose("a-q4-2");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave"), "Сохранено"));
        browser.driver().navigate().refresh();
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("a-q3-parents")))
                        .isSelected())
                .as("the answers typed before the tab was closed are still there")
                .isTrue();
        browser.click(browser.driver().findElement(By.id("submit-answers")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("submitted")));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        browser.open("/bank/mentees");
        WebElement bank = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("mentee-bank")));
        assertThat(bank.getText())
                .contains("Тихонова Вера Андреевна")
                .contains("Дисциплина и мотивация на уроке")
                .contains("Работа с родителями");
        browser.open("/survey/questionnaires");
        assertThat(browser.driver().findElement(By.id("questionnaires")).getText())
                .contains("1");

        browser.consoleMessages();
        browser.driver().get(results);
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".survey-chart-ready canvas")));
        assertThat(browser.consoleMessages())
                .as("the charts draw within the Content-Security-Policy")
                .noneMatch(message -> message.contains("Content Security Policy"));
        assertThat(inlineStylesOutsideCharts())
                .as("inline styles the CSP would refuse")
                .isEmpty();
        assertThat(browser.driver().findElement(By.id("result-q4")).getText())
                .as("decimal commas")
                .contains("Среднее: 2,00")
                .contains("100,0");
    }

    @Autowired
    QuestionnaireManagement questionnaires;

    @Autowired
    SurveyDistribution distribution;

    @Autowired
    ru.nastavnik.bank.BankManagement banks;

    /**
     * Issue 13, item 14 in the browser: a teacher waiting in the mentee bank answers «Мне сейчас не нужен
     * наставник»; the curator finds her among those who left the bank, with the questionnaire as the reason.
     */
    @Test
    void aTeacherWhoAnswersInHerCabinetThatSheNeedsNoMentorNowLeavesTheMenteeBank() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal teacher = fixtures.user(Role.MENTEE, world.schoolA());
        PersonId person = staff.create(curator, world.schoolA(), Fixtures.teacher("Кудрявцева", "Вера", "Андреевна"))
                .id();
        accounts.link(curator, world.schoolA(), person, teacher.getUsername(), true);
        consents.recordGiven(
                curator,
                world.schoolA(),
                new GiveConsent(
                        person.toString(),
                        ConsentPurpose.PERSONAL_DATA,
                        SchoolToday.date().minusDays(1),
                        null,
                        null));
        banks.saveMentee(
                curator,
                world.schoolA(),
                new ru.nastavnik.bank.MenteeRequest(
                        person.toString(),
                        ru.nastavnik.bank.MenteeCategory.YOUNG_SPECIALIST,
                        null,
                        List.of("discipline"),
                        null));
        QuestionnaireId q = questionnaires
                .create(curator, world.schoolA(), "needs", new QuestionnaireDetails(null, null, null, false, null))
                .id();
        questionnaires.open(curator, q);
        distribution.invite(curator, q, List.of(person.toString()), List.of());

        browser.signIn(teacher.getUsername(), Fixtures.PASSWORD);
        browser.open("/survey/my");
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Ответить"))));
        choose("a-q1-lt1");
        choose("a-q2-YOUNG_SPECIALIST");
        choose("a-q3-discipline");
        choose("a-q4-4");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("label[for='a-q10-not-now']"))
                        .getText())
                .isEqualTo("Мне сейчас не нужен наставник");
        choose("a-q10-not-now");
        browser.click(browser.driver().findElement(By.id("submit-answers")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("submitted")));

        browser.driver().manage().deleteAllCookies();
        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        browser.open("/bank/mentees");
        assertThat(browser.driver().findElements(By.cssSelector("#mentee-bank tbody tr")))
                .as("nobody waits in the bank")
                .isEmpty();
        WebElement left = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("mentee-bank-left")));
        assertThat(left.getText())
                .contains("Кудрявцева Вера Андреевна")
                .contains("по анкете наставник сейчас не нужен");
    }

    /** Elements styled by an attribute, other than those the charting library styles through the CSSOM. */
    @SuppressWarnings("unchecked")
    private List<String> inlineStylesOutsideCharts() {
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeScript("""
                return Array.from(document.querySelectorAll('[style]'))
                  .filter(function (e) { return !e.closest('.survey-chart'); })
                  .map(function (e) { return e.outerHTML.substring(0, 200); });""");
    }

    private void choose(String id) {
        browser.click(browser.driver().findElement(By.id(id)));
    }
}
