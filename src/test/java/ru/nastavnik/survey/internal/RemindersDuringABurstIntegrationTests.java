package ru.nastavnik.survey.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.HttpBrowser;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.people.StaffManagement;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;
import ru.nastavnik.survey.QuestionnaireId;

/**
 * Issue 20, item 1: the scheduled jobs take their connection from the same pool as the requests, so a job that falls
 * due in the middle of the morning's crowd must still finish, and the crowd with it. The real reminder job, through
 * its locked entry point, runs while four times the pool's size of audited page views hit a real server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RemindersDuringABurstIntegrationTests {

    private static final int DUE = 20;

    @RegisterExtension
    static GreenMailExtension mail =
            new GreenMailExtension(new ServerSetup(53025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    StaffManagement staff;

    @Autowired
    QuestionnaireManagement questionnaires;

    @Autowired
    SurveyDistribution distribution;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReminderJobFinishesItsWorkWhileFourTimesThePoolOfAuditedViewsAllComplete() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        for (int i = 0; i < 12; i++) {
            bankFixtures.aMentor(curator, world.schoolA(), "Петрова").enter();
        }
        DueReminders due = new DueReminders(staff, questionnaires, distribution, jdbc);
        QuestionnaireId q = due.overdue(curator, world, world.tag(), DUE);
        mail.reset();
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(port, curator);
        String org = "?organisation=" + world.schoolA();
        List<String> pages = List.of(
                "/people/staff" + org,
                "/bank/mentors" + org,
                "/bank/mentees" + org,
                "/roadmap" + org,
                "/consent/consents" + org);

        int concurrent = 4 * dataSource.getMaximumPoolSize();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://localhost:" + port + pages.get(i % pages.size())))
                    .timeout(Duration.ofSeconds(60))
                    .build();
            responses.add(browser.client().sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        long unansweredWhenTheJobStarted =
                responses.stream().filter(r -> !r.isDone()).count();
        // as the scheduler calls it: on a thread of its own, through the ShedLock proxy
        CompletableFuture<Void> job = CompletableFuture.runAsync(distribution::remindDue);

        job.get(90, TimeUnit.SECONDS);
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

        assertThat(unansweredWhenTheJobStarted)
                .as("the job ran during the burst")
                .isPositive();
        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertThat(response.get().statusCode())
                    .as(
                            "%s → %s",
                            response.get().uri(),
                            response.get().headers().firstValue("Location").orElse(""))
                    .isEqualTo(200);
        }
        assertThat(due.remindedCounts(q))
                .as("every due reminder marked")
                .hasSize(DUE)
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
        assertThat(DueReminders.awaitReminders(mail, world.tag(), DUE))
                .as("every due reminder sent, once")
                .hasSize(DUE)
                .allSatisfy((to, n) -> assertThat(n).as(to).isEqualTo(1));
    }
}
