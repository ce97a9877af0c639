package ru.nastavnik.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Where the bytes of stored files live, by key ({@code <organisation>/<year-month>/<id>.<ext>}): a local directory
 * (the default, one node) or an S3-compatible object store (several nodes). What a file is, whose it is and who may
 * read it is kept in the database ({@link StoredFiles}); a store only keeps bytes. Every method streams. Keys under
 * {@code secrets/} are the application's own (the publishing channels' key when no setting gives it), never a stored
 * file's: no row names them, so no download reaches them.
 */
public interface FileStore {

    /** Keeps {@code size} bytes read from {@code content} under {@code key}, replacing what was there. */
    void put(String key, InputStream content, long size) throws IOException;

    /**
     * Keeps the file's bytes under {@code key}. The store takes the file: it may move it away (the local store
     * does, within one file system) or copy it; the caller deletes whatever is left.
     */
    default void put(String key, Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            put(key, in, Files.size(file));
        }
    }

    /** The bytes under {@code key}; a missing key throws {@link java.nio.file.NoSuchFileException}. */
    InputStream open(String key) throws IOException;

    /** The size of what is kept under {@code key}; empty if nothing is. */
    OptionalLong size(String key) throws IOException;

    /** Removes what is kept under {@code key}; a missing key is no error. */
    void delete(String key) throws IOException;

    /**
     * What is kept under keys starting with {@code prefix} ({@code ""} for everything), in no particular order:
     * for copying one store into another and for sweeping old temporaries. Close the stream.
     */
    Stream<Entry> list(String prefix) throws IOException;

    /**
     * Whether the bytes live in an object store every node reaches over the network rather than in a directory of
     * this machine: what a node would otherwise keep beside its files (the channels' key) is kept here then.
     */
    default boolean remote() {
        return false;
    }

    /** Where the store is, for logs and reports (never with credentials). */
    String describe();

    /** One file kept: its key, size and when it was last written. */
    record Entry(String key, long size, Instant modified) {}
}
