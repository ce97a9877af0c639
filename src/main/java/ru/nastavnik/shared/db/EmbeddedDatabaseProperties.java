package ru.nastavnik.shared.db;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The embedded PostgreSQL used when no {@code spring.datasource.url} is given.
 *
 * @param directory where the cluster's files live; kept across restarts
 * @param durable   fsync and synchronous commit on; only throw-away test databases may turn it off
 * @param port      0 picks a free port
 * @param clean     wipe the directory on start (tests only)
 */
@ConfigurationProperties("nastavnik.database.embedded")
record EmbeddedDatabaseProperties(Path directory, Boolean durable, Integer port, Boolean clean) {

    EmbeddedDatabaseProperties {
        directory = directory == null ? Path.of("data", "postgres") : directory;
        durable = durable == null || durable;
        port = port == null ? 0 : port;
        clean = clean != null && clean;
    }
}
