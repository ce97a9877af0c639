package ru.nastavnik.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import ru.nastavnik.Fixtures;
import ru.nastavnik.HttpBrowser;
import ru.nastavnik.shared.Role;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A database restart, as a running node sees it (issue 19, «Bad input and faults»): every connection of its pool is
 * cut by the server. A request that meets a cut connection fails with a Russian error page, not a stack trace; the
 * pool then opens new connections by itself, and the same signed-in user goes on working — no node restart, no new
 * sign-in (her session is a row in the database, not in the lost connection).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseRestartIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    HikariDataSource dataSource;

    @Test
    void aNodeWhoseConnectionsWereCutAnswersInRussianAndThenWorksOnWithoutARestart() throws Exception {
        Fixtures.World world = fixtures.world();
        NastavnikPrincipal curator = fixtures.user(Role.CURATOR, world.schoolA());
        HttpBrowser browser = new HttpBrowser();
        browser.signIn(port, curator);
        HttpClient client = browser.client();
        String staff = "/people/staff?organisation=" + world.schoolA();
        assertThat(get(client, staff).statusCode()).isEqualTo(200);

        // every pooled connection just used, as on a busy node (the pool does not re-check one used moments ago),
        // then cut by the server as a restart does
        touchEveryPooledConnection();
        int cut = cutIdleConnectionsOfTheApplication();
        assertThat(cut).as("connections of the pool cut").isPositive();

        HttpResponse<String> inFlight = get(client, staff);
        if (inFlight.statusCode() != 200) {
            assertThat(inFlight.statusCode()).as(inFlight.body()).isGreaterThanOrEqualTo(500);
            assertThat(inFlight.body())
                    .as("a cut connection is answered with a page a person can read")
                    .containsPattern("[А-Яа-яЁё]{3,}")
                    .doesNotContain("Exception", "PSQL", "at org.", "HTTP Status");
        }

        // the pool re-connects: once past its window of trust in a recent connection, each is checked and replaced
        Thread.sleep(700);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> after = get(client, staff);
            assertThat(after.statusCode()).as("request %d after the cut", i + 1).isEqualTo(200);
        }
        assertThat(dataSource.getHikariPoolMXBean().getTotalConnections()).isPositive();
    }

    private void touchEveryPooledConnection() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            int idle = dataSource.getHikariPoolMXBean().getIdleConnections();
            for (int i = 0; i < idle; i++) {
                Connection connection = dataSource.getConnection();
                held.add(connection);
                try (Statement s = connection.createStatement()) {
                    s.execute("select 1");
                }
            }
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
    }

    /** Cuts the application role's idle connections from a connection of its own, outside the pool. */
    private int cutIdleConnectionsOfTheApplication() throws Exception {
        try (Connection outside = DriverManager.getConnection(
                        dataSource.getJdbcUrl(), dataSource.getUsername(), dataSource.getPassword());
                Statement s = outside.createStatement();
                ResultSet rs = s.executeQuery("select count(*) filter (where pg_terminate_backend(pid)) "
                        + "from pg_stat_activity where datname = current_database() and usename = current_user "
                        + "and state = 'idle' and pid <> pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(uri(path))
                        .header("Accept", "text/html")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
