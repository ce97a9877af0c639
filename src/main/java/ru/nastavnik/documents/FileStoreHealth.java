package ru.nastavnik.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;

/**
 * Whether this node reaches its file store: a size asked for a key that is never written, which the local directory
 * and the object store answer alike. Part of the overall health the operator watches, not of readiness: with the
 * store down a node still serves every page, and refuses uploads and downloads with a clear message.
 */
@Component("fileStorageHealthIndicator")
class FileStoreHealth extends AbstractHealthIndicator {

    private static final String PROBE = "health/probe-never-written";

    private final FileStore store;

    FileStoreHealth(FileStore store) {
        super("The file store does not answer");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws IOException {
        try {
            store.size(PROBE);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        builder.up().withDetail("store", store.describe());
    }
}
