package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.NastavnikApplication;

/**
 * V164 on a copy of the schema as it was before: a publication a node left unfinished under a listener that has
 * since moved into {@code internal/} is found again under the listener's new id; finished ones keep theirs.
 */
@SpringBootTest(classes = NastavnikApplication.class)
@AutoConfigureMockMvc
class MovedListenerIdsMigrationIntegrationTests {

    private static final String OLD_DRAFTS =
            "ru.nastavnik.publishing.SystemDrafts.on(ru.nastavnik.mentorship.OrderRegistered)";
    private static final String OLD_SESSIONS =
            "ru.nastavnik.events.CourseSessions.on(ru.nastavnik.events.AttendanceRecorded)";
    private static final String UNMOVED = "ru.nastavnik.roadmap.MilestoneListeners.on(ru.nastavnik.events.EventHeld)";

    @Autowired
    Flyway migrations;

    @Test
    void anUnfinishedPublicationOfAMovedListenerIsRenamedToItsNewId() {
        DataSource dataSource = migrations.getConfiguration().getDataSource();
        String schema = "listeners_" + UUID.randomUUID().toString().replace("-", "");
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target("163")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID drafts = insert(jdbc, schema, OLD_DRAFTS, false);
        UUID sessions = insert(jdbc, schema, OLD_SESSIONS, false);
        UUID finished = insert(jdbc, schema, OLD_DRAFTS, true);
        UUID unmoved = insert(jdbc, schema, UNMOVED, false);

        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        assertThat(listener(jdbc, schema, drafts))
                .isEqualTo("ru.nastavnik.publishing.internal.SystemDrafts.on(ru.nastavnik.mentorship.OrderRegistered)");
        assertThat(listener(jdbc, schema, sessions))
                .isEqualTo("ru.nastavnik.events.internal.CourseSessions.on(ru.nastavnik.events.AttendanceRecorded)");
        assertThat(listener(jdbc, schema, finished)).isEqualTo(OLD_DRAFTS);
        assertThat(listener(jdbc, schema, unmoved)).isEqualTo(UNMOVED);
        jdbc.execute("drop schema " + schema + " cascade");
    }

    private static UUID insert(JdbcTemplate jdbc, String schema, String listener, boolean completed) {
        UUID id = UUID.randomUUID();
        jdbc.update(
                "insert into " + schema + ".event_publication (id, listener_id, event_type, serialized_event,"
                        + " publication_date, completion_date) values (?, ?, 'ru.nastavnik.SomeEvent', '{}', now(), "
                        + (completed ? "now()" : "null") + ")",
                id,
                listener);
        return id;
    }

    private static String listener(JdbcTemplate jdbc, String schema, UUID id) {
        return jdbc.queryForObject(
                "select listener_id from " + schema + ".event_publication where id = ?", String.class, id);
    }
}
