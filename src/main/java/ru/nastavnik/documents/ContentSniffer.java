package ru.nastavnik.documents;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Says what a file really is from its first bytes (and, for Office files, from the parts inside the zip), so
 * that a renamed executable is never stored as a "scan".
 */
final class ContentSniffer {

    private static final int MAX_ZIP_ENTRIES = 2000;

    private ContentSniffer() {}

    static Optional<FileType> detect(Path file) throws IOException {
        byte[] head = new byte[8];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        }
        if (read >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Optional.of(FileType.PDF);
        }
        if (read >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(FileType.JPEG);
        }
        if (read >= 8
                && (head[0] & 0xFF) == 0x89
                && head[1] == 'P'
                && head[2] == 'N'
                && head[3] == 'G'
                && head[4] == 0x0D
                && head[5] == 0x0A
                && head[6] == 0x1A
                && head[7] == 0x0A) {
            return Optional.of(FileType.PNG);
        }
        if (read >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return office(file);
        }
        return Optional.empty();
    }

    /** Reads only the zip's directory of names (never inflates the parts), to tell DOCX from XLSX. */
    private static Optional<FileType> office(Path file) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                if (entry.getName().equals("word/document.xml")) {
                    return Optional.of(FileType.DOCX);
                }
                if (entry.getName().equals("xl/workbook.xml")) {
                    return Optional.of(FileType.XLSX);
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
