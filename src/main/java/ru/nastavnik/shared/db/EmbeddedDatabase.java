package ru.nastavnik.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

/**
 * One embedded PostgreSQL per data directory for the whole JVM, so that every Spring context of the test
 * suite shares it. It stops when the last context using it closes — after that context's beans, which may still
 * write (the failed sign-ins' last audit entries): with Zonky's own shutdown hook it stopped while they ran, and a
 * connection then waited the pool's 30 s for a server that was gone. A server no context uses stops at exit.
 */
final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> RUNNING = new ConcurrentHashMap<>();

    /** How long the exit waits for the Spring contexts still closing before it stops the server anyway. */
    private static final Duration CONTEXTS_CLOSING = Duration.ofSeconds(10);

    private final Path directory;
    private final EmbeddedPostgres postgres;
    private final EmbeddedRoles roles;
    private final java.util.concurrent.atomic.AtomicInteger contexts = new java.util.concurrent.atomic.AtomicInteger();
    private boolean stopped;

    private EmbeddedDatabase(Path directory, EmbeddedPostgres postgres, EmbeddedRoles roles) {
        this.directory = directory;
        this.postgres = postgres;
        this.roles = roles;
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "embedded-postgres-stop"));
    }

    /** A Spring context starts using the server; {@link #release()} when it closes. */
    EmbeddedDatabase acquire() {
        contexts.incrementAndGet();
        return this;
    }

    /** A Spring context using the server has closed: the last one stops it. */
    void release() {
        if (contexts.decrementAndGet() <= 0) {
            stop();
        }
    }

    private void stopAtExit() {
        long deadline = System.nanoTime() + CONTEXTS_CLOSING.toNanos();
        while (contexts.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        stop();
    }

    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        RUNNING.remove(directory, this);
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("The embedded PostgreSQL in {} did not stop cleanly", directory, e);
        }
    }

    static EmbeddedDatabase start(EmbeddedDatabaseProperties properties) {
        Path directory = properties.directory().toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(directory, dir -> {
            if (properties.clean()) {
                deleteSecret(dir);
            }
            java.util.Optional<EmbeddedRoles> stored = EmbeddedRoles.stored(dir);
            EmbeddedPostgres postgres = startPostgres(dir, properties, stored);
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            EmbeddedRoles roles = stored.orElseGet(() -> EmbeddedRoles.secure(dir, url));
            roles.grant(url);
            return new EmbeddedDatabase(dir, postgres, roles);
        });
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    /** The application's own role: rows only, no ownership (see {@link EmbeddedRoles}). */
    String applicationUser() {
        return EmbeddedRoles.APPLICATION;
    }

    String applicationPassword() {
        return roles.applicationPassword();
    }

    /** For migrations and maintenance (pg_dump): the superuser's password, also in the 0600 secret file. */
    String superuserPassword() {
        return roles.superuserPassword();
    }

    private static void deleteSecret(Path directory) {
        try {
            Files.deleteIfExists(EmbeddedRoles.secretFile(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedPostgres startPostgres(
            Path directory, EmbeddedDatabaseProperties properties, java.util.Optional<EmbeddedRoles> stored) {
        try {
            Files.createDirectories(directory);
            if (!properties.clean()) {
                OrphanPostmaster.stopIfRunning(directory);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(properties.clean())
                    .setPGStartupWait(Duration.ofSeconds(120))
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "60")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("timezone", "UTC");
            if (stored.isPresent()) {
                // a cluster secured earlier: its own start-up check must give the superuser's password too
                builder.setConnectConfig("password", stored.get().superuserPassword())
                        .setDataDirectoryCustomizer(EmbeddedDatabase::passwordsOnly);
            }
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            // Zonky starts postgres with -F (fsync off) for throw-away test databases; a -c given later wins,
            // and a school's data must survive a power cut.
            for (Map.Entry<String, String> setting :
                    durabilitySettings(properties.durable()).entrySet()) {
                builder.setServerConfig(setting.getKey(), setting.getValue());
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    private static void passwordsOnly(java.io.File directory) {
        EmbeddedRoles.writeHba(directory.toPath());
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
