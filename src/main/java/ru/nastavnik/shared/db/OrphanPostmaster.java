package ru.nastavnik.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * After {@code kill -9} of the JVM its embedded postgres lives on, holding {@code postmaster.pid}; the next
 * start would fail with "lock file already exists". Such an orphan is stopped cleanly (fast shutdown,
 * SIGINT: committed data is safe) before the new server starts.
 */
final class OrphanPostmaster {

    private static final Logger log = LoggerFactory.getLogger(OrphanPostmaster.class);
    private static final Duration WAIT = Duration.ofSeconds(60);

    private OrphanPostmaster() {}

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Optional<ProcessHandle> orphan = find(dataDirectory);
        if (orphan.isEmpty()) {
            return;
        }
        long pid = orphan.get().pid();
        log.warn("Stopping an orphaned PostgreSQL (pid {}) left on {} by an earlier run", pid, dataDirectory);
        signal(pid, "INT");
        Instant deadline = Instant.now().plus(WAIT);
        while (orphan.get().isAlive() && Instant.now().isBefore(deadline)) {
            sleep();
        }
        if (orphan.get().isAlive()) {
            throw new IOException("PostgreSQL pid " + pid + " on " + dataDirectory + " did not stop in " + WAIT);
        }
    }

    static Optional<ProcessHandle> find(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.size() < 2 || !lines.get(0).trim().matches("\\d+")) {
            return Optional.empty();
        }
        long pid = Long.parseLong(lines.get(0).trim());
        Path ownDirectory = Path.of(lines.get(1).trim()).toAbsolutePath().normalize();
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .filter(p -> ownDirectory.equals(dataDirectory.toAbsolutePath().normalize()));
    }

    private static void signal(long pid, String signal) throws IOException {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid))
                    .inheritIO()
                    .start()
                    .waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping PostgreSQL " + pid, e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
