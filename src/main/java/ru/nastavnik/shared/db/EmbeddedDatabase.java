package ru.nastavnik.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per data directory for the whole JVM, so that every Spring context of the test
 * suite shares it. Zonky stops it from its own shutdown hook.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(directory, dir -> new EmbeddedDatabase(startPostgres(dir, properties)));
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    private static EmbeddedPostgres startPostgres(Path directory, EmbeddedDatabaseProperties properties) {
        try {
            Files.createDirectories(directory);
            if (!properties.clean()) {
                OrphanPostmaster.stopIfRunning(directory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.clean())
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("timezone", "UTC");
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            // Zonky starts postgres with -F (fsync off) for throw-away test databases; a -c given later wins,
            // and a school's data must survive a power cut.
            for (Map.Entry<String, String> setting : durabilitySettings(properties.durable()).entrySet()) {
                builder.setServerConfig(setting.getKey(), setting.getValue());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    static Map<String, String> durabilitySettings(boolean durable) {
        String on = durable ? "on" : "off";
        return Map.of("fsync", on, "synchronous_commit", on, "full_page_writes", on);
    }

    /** For tests and diagnostics: the running instance of a directory. */
    static Optional<EmbeddedDatabase> running(Path directory) {
        return Optional.ofNullable(RUNNING.get(directory.toAbsolutePath().normalize()));
    }

    static List<Path> directories() {
        return List.copyOf(RUNNING.keySet());
    }
}
