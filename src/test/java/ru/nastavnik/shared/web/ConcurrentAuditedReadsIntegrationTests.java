package ru.nastavnik.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.HttpBrowser;
import ru.nastavnik.bank.BankFixtures;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The first morning of a real school: many people open the audited lists at once. Each request may hold only one
 * connection — a read audited in a second transaction froze the system at ten concurrent requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentAuditedReadsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BankFixtures bankFixtures;

    @Autowired
    HikariDataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ru.nastavnik.organisation.internal.ApiTokens tokens;

    @Test
    void fourTimesThePoolOfConcurrentAuditedPageViewsAllComplete() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        for (int i = 0; i < 12; i++) {
            bankFixtures.aMentor(curator, world.schoolA(), "Петрова").enter();
        }
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(port, curator);
        HttpClient client = browser.client();
        String org = "?organisation=" + world.schoolA();
        // the API's staff list froze with the pages: a token beside the signed-in pages, sent by the same browser
        // with its session cookie, as Swagger UI does (the API once renewed that session's id: issue 20)
        String token = tokens.issue(curator, "Скрипт", 1).secret();
        List<String> pages = List.of(
                "/people/staff" + org,
                "/bank/mentors" + org,
                "/bank/mentees" + org,
                "/roadmap" + org,
                "/consent/consents" + org,
                "/api/v1/organisations/" + world.schoolA() + "/staff");
        long auditBefore = auditRows(world);

        int concurrent = 4 * dataSource.getMaximumPoolSize();
        List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
        for (int i = 0; i < concurrent; i++) {
            String page = pages.get(i % pages.size());
            HttpRequest.Builder request = HttpRequest.newBuilder(uri(page)).timeout(Duration.ofSeconds(60));
            if (page.startsWith("/api/")) {
                request.header("Authorization", "Bearer " + token);
            }
            responses.add(client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(responses.toArray(CompletableFuture[]::new)).get(90, TimeUnit.SECONDS);

        for (CompletableFuture<HttpResponse<String>> response : responses) {
            assertThat(response.get().statusCode())
                    .as(
                            "%s → %s",
                            response.get().uri(),
                            response.get().headers().firstValue("Location").orElse(""))
                    .isEqualTo(200);
        }
        assertThat(auditRows(world) - auditBefore)
                .as("every view of a list of people is audited, once")
                .isGreaterThanOrEqualTo(concurrent * 3L / 5);
    }

    private long auditRows(Fixtures.World world) {
        return jdbc.queryForObject(
                "select count(*) from audit_entry where organisation_id = ? and action = 'READ'",
                Long.class,
                world.schoolA().value());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
