package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The municipality's methodologist runs matching across its schools and finds a school's newcomer a mentor of
 * another school from the shared bank; that school's curator approves the offer and the pair is hers.
 */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AreaMatchingBrowserTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Staffroom staffroom;

    @Autowired
    StaffManagement staff;

    @Autowired
    ConsentManagement consents;

    @Autowired
    BankManagement banks;

    Browser browser;

    @Test
    void methodologistFindsAMentorInAnotherSchoolAndTheCuratorApprovesTheOffer() {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curatorA = fixtures.user(Role.CURATOR, world.schoolA());
        NastavnikPrincipal curatorB = fixtures.user(Role.CURATOR, world.schoolB());
        NastavnikPrincipal methodologist = fixtures.user(Role.MUNICIPAL_METHODOLOGIST, world.municipality());
        String mentor = person(
                curatorB, world.schoolB(), "Кузьмина", ConsentPurpose.MENTORING_DUTIES, ConsentPurpose.SHARED_BANK);
        banks.saveMentor(
                curatorB,
                world.schoolB(),
                new MentorRequest(mentor, List.of("inclusion"), null, 1, List.of(), null, null, true));
        banks.saveMentee(
                curatorA,
                world.schoolA(),
                new MenteeRequest(
                        person(curatorA, world.schoolA(), "Ершова"),
                        MenteeCategory.YOUNG_SPECIALIST,
                        null,
                        List.of("inclusion"),
                        null));

        browser.signIn(methodologist.getUsername(), Fixtures.PASSWORD);
        browser.click(
                browser.await().until(ExpectedConditions.elementToBeClickable(By.linkText("Подбор по территории"))));
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("run-area-matching"))));
        WebElement proposals =
                browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("area-proposals")));
        assertThat(browser.driver().findElement(By.id("area-summary")).getText())
                .contains("Это лучшее распределение");
        assertThat(proposals.getText())
                .contains("Кузьмина Анна Сергеевна")
                .contains("другая школа")
                .doesNotContain("Ершова");
        assertThat(browser.driver().findElement(By.id("area-schools")).getText())
                .contains("Школа А");

        browser.driver().manage().deleteAllCookies();
        browser.signIn(curatorA.getUsername(), Fixtures.PASSWORD);
        browser.open("/matching/runs");
        WebElement offers = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("area-offers")));
        assertThat(offers.getText())
                .contains("Ершова Анна Сергеевна")
                .contains("Кузьмина Анна Сергеевна")
                .contains("Школа Б");
        browser.click(offers.findElement(By.cssSelector("input[name=proposalIds]")));
        browser.click(browser.driver().findElement(By.id("approve-proposals-offers")));

        String pairs = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pairs")))
                .getText();
        assertThat(pairs).contains("Ершова Анна Сергеевна").contains("Кузьмина Анна Сергеевна");
    }

    private String person(NastavnikPrincipal curator, OrganisationId school, String lastName, ConsentPurpose... more) {
        return staffroom.teacher(curator, school, lastName, more).toString();
    }
}
