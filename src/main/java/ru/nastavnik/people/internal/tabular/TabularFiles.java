package ru.nastavnik.people.internal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * Opens the spreadsheets school staff upload. The format is decided by the content, because files get renamed
 * and mislabelled; the name only has to agree with it, so that a mistake such as uploading the wrong file is
 * reported instead of being read as garbage.
 */
public final class TabularFiles {

    /** Enough bytes to recognise any format and to find the header line of any sane CSV. */
    static final int HEAD_BYTES = 64 * 1024;

    private static final Set<String> ACCEPTED = Set.of("csv", "txt", "xlsx");
    private static final Set<String> TEXT_EXTENSIONS = Set.of("csv", "txt");
    private static final double BYTES_PER_MB = 1024.0 * 1024.0;

    private TabularFiles() {}

    /**
     * Opens an uploaded file and reads its header row.
     *
     * @param file         the stored upload
     * @param originalName the name the user's browser sent; may be {@code null} or contain a path, and is never
     *                     used as a path
     * @param maxBytes     the largest accepted file size
     * @throws TabularFileException when the file cannot be read as a table; its key says why
     */
    public static TabularReader open(Path file, String originalName, long maxBytes) {
        Objects.requireNonNull(file, "file");
        String extension = UploadName.extension(originalName);
        if (extension.equals("xls")) {
            throw new TabularFileException(MessageKeys.XLS);
        }
        if (!extension.isEmpty() && !ACCEPTED.contains(extension)) {
            throw new TabularFileException(MessageKeys.EXTENSION, extension);
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new TabularFileException(MessageKeys.TOO_LARGE, maxBytes / BYTES_PER_MB);
            }
            if (size == 0) {
                throw new TabularFileException(MessageKeys.EMPTY);
            }
            byte[] head = head(file);
            return switch (ContentKind.of(head)) {
                case OLE2 -> throw new TabularFileException(MessageKeys.XLS);
                case BINARY -> throw new TabularFileException(MessageKeys.NOT_TABLE);
                case ZIP -> {
                    requireNot(TEXT_EXTENSIONS.contains(extension), extension);
                    yield started(XlsxReader.open(file));
                }
                case TEXT -> {
                    requireNot(extension.equals("xlsx"), extension);
                    yield started(CsvReader.open(file, head, head.length < HEAD_BYTES || size == head.length));
                }
            };
        } catch (IOException e) {
            throw TabularFileException.because(e, MessageKeys.UNREADABLE);
        }
    }

    private static void requireNot(boolean nameContradictsContent, String extension) {
        if (nameContradictsContent) {
            throw new TabularFileException(MessageKeys.NAME_MISMATCH, extension);
        }
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    /** Reads the header, so that an empty or broken file fails here rather than in the caller's loop. */
    private static TabularReader started(RowStream reader) {
        try {
            return reader.start();
        } catch (RuntimeException | Error e) {
            reader.close();
            throw e;
        }
    }
}
