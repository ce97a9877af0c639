package ru.nastavnik.people.internal.tabular;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writing test uploads and reading them back through the public API. */
final class Uploads {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private Uploads() {}

    /** The stored file gets a neutral name: only {@code originalName} may influence the reader. */
    static Path bytes(Path dir, byte[] content) {
        try {
            return Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path text(Path dir, String content, Charset charset, byte... bom) {
        byte[] body = content.getBytes(charset);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        return bytes(dir, all);
    }

    static byte[] bom(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }

    static TabularReader open(Path file, String originalName) {
        return TabularFiles.open(file, originalName, MAX_BYTES);
    }

    static List<Row> rows(Path file, String originalName) {
        try (TabularReader reader = open(file, originalName)) {
            return rows(reader);
        }
    }

    static List<Row> rows(TabularReader reader) {
        List<Row> rows = new ArrayList<>();
        for (Row row = reader.next(); row != null; row = reader.next()) {
            rows.add(row);
        }
        return rows;
    }

    /** The failure of opening and reading the whole file, wherever in between it happens. */
    static TabularFileException failure(Path file, String originalName, long maxBytes) {
        return catchThrowableOfType(TabularFileException.class, () -> {
            try (TabularReader reader = TabularFiles.open(file, originalName, maxBytes)) {
                rows(reader);
            }
        });
    }

    static TabularFileException failure(Path file, String originalName) {
        return failure(file, originalName, MAX_BYTES);
    }
}
