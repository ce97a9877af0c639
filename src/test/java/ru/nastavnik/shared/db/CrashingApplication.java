package ru.nastavnik.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** Run in a child JVM that the test kills with SIGKILL, leaving its postgres orphaned as a real crash would. */
final class CrashingApplication {

    private CrashingApplication() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(false)
                .start();
        try (Connection c = postgres.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table kept (value text)");
            s.execute("insert into kept values ('committed before the crash')");
        }
        System.out.println("READY");
        System.out.flush();
        Thread.sleep(600_000);
    }
}
