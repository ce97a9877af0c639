package ru.nastavnik.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import ru.nastavnik.Staffroom;
import ru.nastavnik.bank.BankManagement;
import ru.nastavnik.bank.MenteeCategory;
import ru.nastavnik.bank.MenteeRequest;
import ru.nastavnik.bank.MentorRequest;
import ru.nastavnik.consent.ConsentManagement;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The curator runs matching, approves two proposals, prints the order, registers it signed and sees the pairs at work. */
@ExtendWith(BrowserSession.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PairsBrowserTests {

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
    void curatorRunsMatchingApprovesTwoProposalsRegistersTheOrderAndSeesThePairsActive() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        String mentorA = person(curator, world.schoolA(), "Васильева", true);
        String mentorB = person(curator, world.schoolA(), "Николаева", true);
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(mentorA, List.of("discipline"), null, 1, List.of(), null, null, false));
        banks.saveMentor(
                curator,
                world.schoolA(),
                new MentorRequest(mentorB, List.of("parents"), null, 1, List.of(), null, null, false));
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(
                        person(curator, world.schoolA(), "Алексеева", false),
                        MenteeCategory.YOUNG_SPECIALIST,
                        null,
                        List.of("discipline"),
                        null));
        banks.saveMentee(
                curator,
                world.schoolA(),
                new MenteeRequest(
                        person(curator, world.schoolA(), "Григорьева", false),
                        MenteeCategory.NEW_EMPLOYEE,
                        null,
                        List.of("parents"),
                        null));

        browser.signIn(curator.getUsername(), Fixtures.PASSWORD);
        browser.open("/matching/runs");
        browser.click(browser.await().until(ExpectedConditions.elementToBeClickable(By.id("run-matching"))));
        WebElement proposals = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
        assertThat(browser.driver().findElement(By.id("run-summary")).getText()).contains("Это лучшее распределение");
        List<WebElement> boxes = proposals.findElements(By.cssSelector("input[name=proposalIds]"));
        assertThat(boxes).hasSize(2);
        boxes.forEach(browser::click);
        browser.click(browser.driver().findElement(By.id("approve-proposals")));

        WebElement pairs = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.id("pairs")));
        assertThat(pairs.getText()).contains("Алексеева Анна Сергеевна").contains("Григорьева Анна Сергеевна");
        pairs.findElements(By.cssSelector("input[name=mentorshipIds]")).forEach(browser::click);
        browser.click(browser.driver().findElement(By.id("draft-order")));

        WebElement order = browser.await().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".order")));
        byte[] docx = download(order.findElement(By.partialLinkText("DOCX")).getAttribute("href"));
        assertThat(new String(docx, 0, 2)).isEqualTo("PK");
        Path scan = Files.createTempFile(Path.of("target"), "order-", ".pdf");
        Files.write(scan, "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes());
        order.findElement(By.cssSelector("input[name=number]")).sendKeys("101-о");
        order.findElement(By.cssSelector("input[name=scan]"))
                .sendKeys(scan.toAbsolutePath().toString());
        browser.click(order.findElement(By.cssSelector("button[type=submit]")));
        browser.await()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector(".alert-success"), "Приказ зарегистрирован"));

        browser.open("/mentorship/pairs");
        String table = browser.await()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("pairs")))
                .getText();
        assertThat(table.split("работает", -1)).as("both pairs are at work").hasSize(3);
    }

    private String person(NastavnikPrincipal curator, OrganisationId school, String lastName, boolean mentor) {
        return (mentor ? staffroom.mentor(curator, school, lastName) : staffroom.teacher(curator, school, lastName))
                .toString();
    }

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
