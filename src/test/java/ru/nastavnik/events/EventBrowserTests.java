package ru.nastavnik.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import ru.nastavnik.Browser;
import ru.nastavnik.BrowserSession;
import ru.nastavnik.Fixtures;
import ru.nastavnik.SchoolToday;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A municipal methodologist plans a seminar for the mentors of two schools; a mentor of each registers; the
 * methodologist marks who came, marks the seminar held and writes the protocol; the mentor who came downloads her
 * certificate; her school's mentor course named the seminar, so the course completes: the curator sees her trained in
 * the bank, the session's hours in her training record, and that she registered and attended.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EventBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    EventPeople people;

    Browser browser;

    @Test
    void methodologistPlansASeminarMentorsOfTwoSchoolsRegisterAttendanceIsMarkedAndTheCuratorSeesIt() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, world.schoolB());
        EventPeople.Teacher mentorA = people.teacher(curatorA, world.schoolA(), Role.MENTOR, "Григорьева");
        EventPeople.Teacher mentorB = people.teacher(curatorB, world.schoolB(), Role.MENTOR, "Дмитриева");
        // the agenda's 10:00 lies within the hours
        LocalDateTime start = java.time.LocalDate.now().plusDays(10).atTime(10, 0);

        browser.signIn(methodologist.getUsername(), Fixtures.PASSWORD);
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Мероприятия"))));
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("new-event"))));
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("title")))
                .sendKeys("Семинар «Наставник и молодой педагог»");
        setValue("startsAt", start.toString());
        setValue("endsAt", start.plusHours(2).toString());
        browser.driver().findElement(By.id("place")).sendKeys("Районный методический кабинет, ауд. 12");
        browser.driver().findElement(By.id("capacity")).sendKeys("30");
        for (WebElement school :
                browser.driver().findElements(By.cssSelector("#invited-schools input[type=checkbox]"))) {
            browser.click(school);
        }
        // «all schools» says whom it invites there as the audience chosen says, and follows a change of it
        WebElement allSchools = browser.driver().findElement(By.id("all-schools-label"));
        assertThat(allSchools.getText()).isEqualTo("Все наставники территории (все школы)");
        browser.click(browser.driver().findElement(By.cssSelector("input[name=audience][value=CURATORS]")));
        assertThat(allSchools.getText()).isEqualTo("Кураторы наставничества и директора всех школ территории");
        browser.click(browser.driver().findElement(By.cssSelector("input[name=audience][value=MENTORS]")));
        assertThat(allSchools.getText()).isEqualTo("Все наставники территории (все школы)");
        browser.driver().findElement(By.id("agenda")).sendKeys("10:00 | Первые шаги в профессии | Петрова И. В.");
        browser.click(browser.driver().findElement(By.id("save-event")));
        String facts = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("event-facts")))
                .getText();
        assertThat(facts).contains("Семинар").contains("Школа А").contains("Школа Б");
        String eventUrl = browser.driver().getCurrentUrl();
        String event = eventUrl.substring(eventUrl.lastIndexOf('/') + 1);
        // school A's mentor course names the seminar as its one step; its mentor is in the bank, not trained yet
        inTheBank(curatorA, mentorA);
        var course = courses.publish(curatorA, world.schoolA(), "Школа наставника", null);
        courses.addStep(
                curatorA,
                course.id(),
                new ru.nastavnik.training.internal.NewStep(
                        ru.nastavnik.training.internal.StepKind.SESSION,
                        null,
                        java.util.UUID.fromString(event),
                        null,
                        null),
                course.version());

        for (EventPeople.Teacher mentor : java.util.List.of(mentorA, mentorB)) {
            browser.driver().manage().deleteAllCookies();
            browser.signIn(mentor.user().getUsername(), Fixtures.PASSWORD);
            browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Мероприятия"))));
            browser.click(browser.await()
                    .until(ExpectedConditions.elementToBeClickable(
                            By.linkText("Семинар «Наставник и молодой педагог»"))));
            browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("register"))));
            assertThat(browser.await()
                            .until(ExpectedConditions.presenceOfElementLocated(By.id("my-status")))
                            .getText())
                    .contains("зарегистрирован");
        }

        people.running(event);
        browser.driver().manage().deleteAllCookies();
        browser.signIn(methodologist.getUsername(), Fixtures.PASSWORD);
        browser.open("/events/" + event);
        WebElement participants =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("participants")));
        assertThat(participants.getText()).contains("Григорьева Анна Сергеевна").contains("Дмитриева Анна Сергеевна");
        browser.click(browser.driver().findElement(By.id("present-" + mentorA.person())));
        // each click reloads the page: wait for the old one to go before reading the new one
        WebElement save = browser.driver().findElement(By.id("save-attendance"));
        browser.click(save);
        browser.awaitGone(save);
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("event-places"), "присутствовали: 1"));
        // the seminar is marked held: mentor A's certificate downloads from the event's page
        WebElement held = browser.driver().findElement(By.id("mark-held"));
        browser.click(held);
        browser.awaitGone(held);
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("event-facts")));
        // the seminar's protocol: its form names what is missing before it prints
        browser.click(browser.driver().findElement(By.id("edit-protocol")));
        browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("number")))
                .sendKeys("7");
        browser.click(browser.driver().findElement(By.id("save-protocol")));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("chair-error")))
                        .getText())
                .contains("протокол без председателя не оформляется");
        browser.driver().findElement(By.id("chair")).sendKeys("Орлова Татьяна Сергеевна");
        browser.driver().findElement(By.id("secretary")).sendKeys("Кузнецова Ольга Ивановна");
        browser.click(browser.driver().findElement(By.id("save-protocol")));
        browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("download-protocol")));
        browser.open("/events/calendar");
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("issue-feed"))));
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("feed-url")))
                        .getDomProperty("value"))
                .contains("/calendar/feeds/")
                .endsWith(".ics");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(mentorA.user().getUsername(), Fixtures.PASSWORD);
        browser.open("/events/" + event);
        String certificate = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("my-certificate")))
                .getDomAttribute("href");
        Object answer = ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))",
                        certificate);
        assertThat(answer).isEqualTo("200 application/pdf");

        // the attendance completed her course's session step, so the course: the bank shows her trained, her record the
        // hours
        listeners.awaitCompletion();
        browser.driver().manage().deleteAllCookies();
        browser.signIn(curatorA.getUsername(), Fixtures.PASSWORD);
        browser.open("/bank/mentors");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")))
                        .getText())
                .contains("Григорьева Анна Сергеевна")
                .contains("Обучен");
        assertThat(browser.driver().findElements(By.cssSelector(".trained-on"))).isNotEmpty();
        browser.open("/training/persons/" + mentorA.person() + "/record");
        assertThat(browser.await()
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("session-hours")))
                        .getText())
                .contains("Всего часов занятий");
        assertThat(browser.driver().findElement(By.id("completed-courses")).getText())
                .contains("Школа наставника");
        browser.click(
                browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Участие в мероприятиях"))));
        String table = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("participation")))
                .getText();
        assertThat(table)
                .contains("Семинар «Наставник и молодой педагог»")
                .contains("Григорьева Анна Сергеевна")
                .contains("зарегистрирован")
                .contains("✓")
                .doesNotContain("Дмитриева");
    }

    @Autowired
    ru.nastavnik.training.internal.MentorCourses courses;

    @Autowired
    ru.nastavnik.bank.BankManagement banks;

    @Autowired
    ru.nastavnik.consent.ConsentManagement consents;

    @Autowired
    ru.nastavnik.Listeners listeners;

    private void inTheBank(NastavnikPrincipal curator, EventPeople.Teacher mentor) {
        for (var purpose : java.util.List.of(
                ru.nastavnik.consent.ConsentPurpose.PERSONAL_DATA,
                ru.nastavnik.consent.ConsentPurpose.MENTORING_DUTIES)) {
            consents.recordGiven(
                    curator,
                    mentor.school(),
                    new ru.nastavnik.consent.GiveConsent(
                            mentor.person().toString(),
                            purpose,
                            SchoolToday.date().minusDays(1),
                            null,
                            null));
        }
        banks.saveMentor(
                curator,
                mentor.school(),
                new ru.nastavnik.bank.MentorRequest(
                        mentor.person().toString(),
                        java.util.List.of("parents"),
                        null,
                        1,
                        java.util.List.of(),
                        null,
                        null,
                        false));
    }

    private void setValue(String id, String value) {
        ((JavascriptExecutor) browser.driver())
                .executeScript(
                        "arguments[0].value = arguments[1];", browser.driver().findElement(By.id(id)), value);
    }
}
