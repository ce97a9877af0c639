package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
 * The migrations run on a copy of the schema as it was before issue 13, holding the old one-string head names. The
 * configuration of most integration tests (MockMvc included, though unused), so that the run's one context serves.
 */
@SpringBootTest(classes = NastavnikApplication.class)
@AutoConfigureMockMvc
class HeadNameMigrationIntegrationTests {

    /** Migrations create schemas: they run as the schema's owner, not as the application's role. */
    @Autowired
    Flyway migrations;

    @Test
    void theOldDativeHeadNameIsSplitIntoNominativePartsOrLeftForTheCurator() {
        DataSource dataSource = migrations.getConfiguration().getDataSource();
        String schema = "legacy_" + UUID.randomUUID().toString().replace("-", "");
        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .target("23")
                .load()
                .migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        UUID parsed = UUID.randomUUID();
        UUID unreadable = UUID.randomUUID();
        jdbc.update(
                "insert into " + schema + ".organisation (id, kind, name, short_name, head_name) values "
                        + "(?, 'ORGANISATION', 'Школа 1', 'Школа 1', 'Т. В. Морозовой'), "
                        + "(?, 'ORGANISATION', 'Школа 2', 'Школа 2', 'Директору школы')",
                parsed,
                unreadable);

        Flyway.configure()
                .dataSource(dataSource)
                .schemas(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();

        Map<String, Object> row = jdbc.queryForMap(
                "select head_last_name, head_first_name, head_middle_name, " + "head_gender, head_name from " + schema
                        + ".organisation where id = ?",
                parsed);
        assertThat(row)
                .containsEntry("head_last_name", "Морозова")
                .containsEntry("head_first_name", "Т.")
                .containsEntry("head_middle_name", "В.")
                .containsEntry("head_gender", "FEMALE")
                .containsEntry("head_name", "Т. В. Морозовой");
        Map<String, Object> left = jdbc.queryForMap(
                "select head_last_name, head_name from " + schema + ".organisation where id = ?", unreadable);
        assertThat(left).containsEntry("head_last_name", null).containsEntry("head_name", "Директору школы");
        jdbc.execute("drop schema " + schema + " cascade");
    }
}
