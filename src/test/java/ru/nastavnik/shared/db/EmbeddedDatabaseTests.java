package ru.nastavnik.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The application's own database must keep committed data through a crash: fsync on, and an orphaned
 * postgres left by a killed JVM is stopped cleanly before the next start.
 */
class EmbeddedDatabaseTests {

    @Test
    void theApplicationsDatabaseRunsWithFsyncAndSurvivesAnOrphanedServer() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "durable-pg-");
        long orphanPid = crashAfterCommitting(directory);

        EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory, true, 0, false));

        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
        try (Connection c = DriverManager.getConnection(database.jdbcUrl(), "postgres", database.superuserPassword());
                Statement s = c.createStatement()) {
            assertThat(value(s, "show fsync")).isEqualTo("on");
            assertThat(value(s, "show synchronous_commit")).isEqualTo("on");
            assertThat(value(s, "show full_page_writes")).isEqualTo("on");
            assertThat(value(s, "select value from kept")).isEqualTo("committed before the crash");
        }
    }

    /**
     * Only this machine reaches the server (the loopback), no local process gets in without a password, the
     * passwords are readable by the owner only, and the application's own role cannot undo the audit log's
     * append-only rule (not the owner: no DISABLE TRIGGER, no TRUNCATE).
     */
    @Test
    void theServerAsksEveryConnectionForAPasswordAndTheApplicationRoleCannotBypassTheAuditTrigger() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "secured-pg-");
        EmbeddedDatabase database = EmbeddedDatabase.start(new EmbeddedDatabaseProperties(directory, false, 0, false));

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> DriverManager.getConnection(database.jdbcUrl(), "postgres", ""))
                .isInstanceOf(java.sql.SQLException.class);
        assertThat(java.nio.file.Files.getPosixFilePermissions(
                        EmbeddedRoles.secretFile(directory.toAbsolutePath().normalize())))
                .containsExactlyInAnyOrder(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        try (Connection owner =
                        DriverManager.getConnection(database.jdbcUrl(), "postgres", database.superuserPassword());
                Statement s = owner.createStatement()) {
            // no other machine reaches it: it listens on the loopback, and pg_hba admits the loopback only
            assertThat(value(s, "show listen_addresses")).isEqualTo("localhost");
            assertThat(value(
                            s,
                            "select count(*) from pg_hba_file_rules "
                                    + "where address is not null and address not in ('127.0.0.1', '::1')"))
                    .isEqualTo("0");
            s.execute("create table guarded (value text)");
            s.execute(
                    "create function guarded_forbid() returns trigger language plpgsql as $$ begin raise exception 'no'; end $$");
            s.execute(
                    "create trigger guarded_no_delete before delete on guarded for each row execute function guarded_forbid()");
            s.execute("insert into guarded values ('kept')");
        }
        try (Connection app = DriverManager.getConnection(
                        database.jdbcUrl(), database.applicationUser(), database.applicationPassword());
                Statement s = app.createStatement()) {
            assertThat(value(s, "select value from guarded")).isEqualTo("kept");
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> s.execute("alter table guarded disable trigger guarded_no_delete"))
                    .hasMessageContaining("owner");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("truncate guarded"))
                    .hasMessageContaining("permission denied");
        }
    }

    @Test
    void testDatabasesMayTradeDurabilityForSpeedButTheDefaultIsDurable() {
        assertThat(new EmbeddedDatabaseProperties(null, null, null, null).durable())
                .isTrue();
        assertThat(EmbeddedDatabase.durabilitySettings(false)).containsEntry("fsync", "off");
    }

    /** Starts a JVM that commits a row and is then killed with SIGKILL; returns its orphaned postgres' pid. */
    private static long crashAfterCommitting(Path directory) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        CrashingApplication.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // the child's start-up log
            }
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        Optional<ProcessHandle> orphan = OrphanPostmaster.find(directory);
        assertThat(orphan).as("postgres outlives the killed JVM").isPresent();
        return orphan.get().pid();
    }

    private static String value(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
