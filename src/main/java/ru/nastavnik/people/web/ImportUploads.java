package ru.nastavnik.people.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import ru.nastavnik.documents.FileStore;
import ru.nastavnik.people.internal.ImportProperties;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.PrivateFiles;

/**
 * Keeps an uploaded staff file between the mapping step and the import, and the rows left out of it, in the
 * file store under {@code imports/}: the next step may come to another node. The stored name is random: the name
 * the browser sent is kept only as text and never touches a file system. The file is read from a private copy in
 * {@code nastavnik.import.temp-directory}, removed after each step. Uploads older than two hours are swept.
 */
@Component
class ImportUploads {

    private static final Duration KEEP = Duration.ofHours(2);
    private static final String PREFIX = "imports/";

    private final ImportProperties properties;
    private final FileStore store;

    ImportUploads(ImportProperties properties, FileStore store) {
        this.properties = properties;
        this.store = store;
    }

    Upload store(MultipartFile file) {
        check(file);
        try {
            sweep();
            String token = UUID.randomUUID().toString();
            try (InputStream in = file.getInputStream()) {
                store.put(uploadKey(token), in, file.getSize());
            }
            return new Upload(token, file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload", e);
        }
    }

    /** Runs {@code work} on a private copy of the upload, removed afterwards; a missing upload is a 404. */
    <T> T read(String token, Function<Path, T> work) {
        return onCopy(() -> store.open(uploadKey(token)), work);
    }

    /** Runs {@code work} on a private copy of a file used in one request only (the API's import): not kept. */
    <T> T readOnce(MultipartFile file, Function<Path, T> work) {
        check(file);
        return onCopy(file::getInputStream, work);
    }

    private <T> T onCopy(IoSource source, Function<Path, T> work) {
        Path copy = null;
        try {
            copy = staged();
            try (InputStream in = source.open();
                    OutputStream out = Files.newOutputStream(copy)) {
                in.transferTo(out);
            }
            return work.apply(copy);
        } catch (NoSuchFileException e) {
            throw new NotFoundException();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the upload", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private void check(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "import.file.empty");
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw InvalidInputException.of(
                    "file", "import.file.tooLarge", properties.maxFileSize().toMegabytes());
        }
    }

    void delete(String token) {
        try {
            store.delete(uploadKey(token));
        } catch (IOException e) {
            // swept later
        }
    }

    /** Keeps the rows of an upload left out of its import for the curator to download. */
    void writeLeftOut(String token, IoWriter writer) {
        Path file = null;
        try {
            file = staged();
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.write(out);
            }
            store.put(leftOutKey(token), file);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the rows left out", e);
        } finally {
            deleteQuietly(file);
        }
    }

    Optional<InputStream> openLeftOut(String token) {
        try {
            return Optional.of(store.open(leftOutKey(token)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies half-written by a killed process; the uploads of the version that kept them here too. */
    @EventListener(ApplicationReadyEvent.class)
    void removeLeftUploads() {
        try {
            for (String glob : new String[] {"*.part", "*.upload", "*.left-out.xlsx"}) {
                PrivateFiles.removeLeftovers(properties.tempDirectory(), glob);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the uploads left in " + properties.tempDirectory(), e);
        }
    }

    private void sweep() throws IOException {
        Instant cutoff = Instant.now().minus(KEEP);
        try (Stream<FileStore.Entry> entries = store.list(PREFIX)) {
            for (Iterator<FileStore.Entry> it = entries.iterator(); it.hasNext(); ) {
                FileStore.Entry entry = it.next();
                if (entry.modified().isBefore(cutoff)) {
                    store.delete(entry.key());
                }
            }
        }
    }

    /** A new private (0600) file in the temp directory. */
    private Path staged() throws IOException {
        return Files.createTempFile(PrivateFiles.directories(properties.tempDirectory()), "import-", ".part");
    }

    private static String uploadKey(String token) {
        return PREFIX + UUID.fromString(token) + ".upload";
    }

    private static String leftOutKey(String token) {
        return PREFIX + UUID.fromString(token) + ".left-out.xlsx";
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // removed at the next start
            }
        }
    }

    /** Opens a stream and may fail as a disk does. */
    @FunctionalInterface
    private interface IoSource {
        InputStream open() throws IOException;
    }

    /** Writes into a stream and may fail as a disk does. */
    @FunctionalInterface
    interface IoWriter {
        void write(OutputStream out) throws IOException;
    }

    record Upload(String token, String originalName) {}
}
