package ru.nastavnik.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * Directories and files that hold personal data (scans, uploads, imports) readable by the system's own user only:
 * 0700 and 0600 whatever the process's umask, which left them world-readable.
 */
public final class PrivateFiles {

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {}

    public static Path directories(Path directory) throws IOException {
        if (!POSIX) {
            return Files.createDirectories(directory);
        }
        FileAttribute<?> owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
        return Files.createDirectories(directory, owner);
    }

    /** A new file (it must not exist yet), open for writing. */
    public static OutputStream create(Path file) throws IOException {
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } else {
            Files.createFile(file);
        }
        return Files.newOutputStream(file);
    }

    /** Removes what a killed process left half-written in {@code directory}: files whose names match the glob. */
    public static int removeLeftovers(Path directory, String glob) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        var matcher = directory.getFileSystem().getPathMatcher("glob:" + glob);
        int removed = 0;
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files.filter(p -> matcher.matches(p.getFileName()))::iterator) {
                if (Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
