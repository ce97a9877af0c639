package ru.nastavnik;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * What a reader finds in an answer of the system, whatever its format: the text of a page, a JSON or CSV answer, a
 * calendar, and of a download — a PDF, a Word document, a workbook, or a ZIP of them (each entry read by what it is).
 * Told by the bytes, not by the content type the answer claims, so that a download sent as
 * {@code application/octet-stream} is read too. An image or another binary reads as nothing.
 */
final class AnswerText {

    private AnswerText() {}

    static String of(byte[] bytes) {
        try {
            if (starts(bytes, "%PDF")) {
                return pdf(bytes);
            }
            if (starts(bytes, "PK")) {
                return zip(bytes);
            }
            String text = new String(bytes, StandardCharsets.UTF_8);
            // a text has no NUL bytes and decodes without replacement characters; a PNG or a JPEG does not
            return text.indexOf('\0') >= 0 || text.indexOf('\uFFFD') >= 0 ? "" : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An Office Open XML document is a ZIP with its own reader; any other ZIP is read entry by entry, from its central
     * directory as an archiver reads it.
     */
    private static String zip(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("answer-", ".zip");
        try {
            Files.write(file, bytes);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                if (zip.getEntry("word/document.xml") != null) {
                    try (var extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
                        return extractor.getText();
                    }
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    try (var extractor = new XSSFExcelExtractor(new XSSFWorkbook(new ByteArrayInputStream(bytes)))) {
                        return extractor.getText();
                    }
                }
                StringBuilder entries = new StringBuilder();
                for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                    if (!entry.isDirectory()) {
                        try (var in = zip.getInputStream(entry)) {
                            entries.append(entry.getName())
                                    .append('\n')
                                    .append(of(in.readAllBytes()))
                                    .append('\n');
                        }
                    }
                }
                return entries.toString();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** A PDF the system made; a file someone uploaded (a scan, in a package) may not parse, and reads as nothing. */
    private static String pdf(byte[] bytes) {
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException unreadable) {
            return "";
        }
    }

    private static boolean starts(byte[] bytes, String magic) {
        byte[] head = magic.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if (bytes[i] != head[i]) {
                return false;
            }
        }
        return true;
    }
}
