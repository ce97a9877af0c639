package ru.nastavnik.documents.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import ru.nastavnik.documents.FileStore;
import ru.nastavnik.shared.PrivateFiles;

/**
 * Stored files in a directory of this machine, readable by the system's own user only (directories 0700, files
 * 0600). A file appears whole or not at all: it is written beside its place as {@code *.part} and renamed.
 */
public final class LocalFileStore implements FileStore {

    private static final String PART = ".part";

    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, InputStream content, long size) throws IOException {
        Path target = resolve(key);
        Path part = PrivateFiles.directories(target.getParent()).resolve(UUID.randomUUID() + PART);
        try {
            try (OutputStream out = PrivateFiles.create(part)) {
                long written = content.transferTo(out);
                if (written != size) {
                    throw new IOException("Expected " + size + " bytes for " + key + ", got " + written);
                }
            }
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Moves the file into place when it is on the same file system (it was created 0600), else copies it. */
    @Override
    public void put(String key, Path file) throws IOException {
        Path target = resolve(key);
        PrivateFiles.directories(target.getParent());
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            FileStore.super.put(key, file);
        }
    }

    @Override
    public InputStream open(String key) throws IOException {
        return Files.newInputStream(resolve(key));
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        try {
            return OptionalLong.of(Files.size(resolve(key)));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        Files.deleteIfExists(resolve(key));
    }

    /**
     * Every file under the prefix but the half-written ones, as keys with {@code /} whatever the platform's
     * separator; only the prefix's directory is walked.
     */
    @Override
    public Stream<Entry> list(String prefix) throws IOException {
        Path directory =
                root.resolve(prefix.substring(0, prefix.lastIndexOf('/') + 1)).normalize();
        if (!directory.startsWith(root) || !Files.isDirectory(directory)) {
            return Stream.empty();
        }
        return Files.walk(directory)
                .filter(Files::isRegularFile)
                .filter(p -> !p.getFileName().toString().endsWith(PART))
                .map(this::entry)
                .filter(e -> e != null && e.key().startsWith(prefix));
    }

    private Entry entry(Path file) {
        try {
            String key = root.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            return new Entry(
                    key, Files.size(file), Files.getLastModifiedTime(file).toInstant());
        } catch (IOException e) {
            return null; // removed meanwhile
        }
    }

    @Override
    public String describe() {
        return "каталог " + root;
    }

    /** A key never leaves the root: no absolute keys, no {@code ..}. */
    private Path resolve(String key) {
        Path path = root.resolve(key).normalize();
        if (key.isBlank() || !path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("Not a storage key: " + key);
        }
        return path;
    }
}
