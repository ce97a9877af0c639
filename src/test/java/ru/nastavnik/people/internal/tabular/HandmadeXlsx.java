package ru.nastavnik.people.internal.tabular;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Workbooks written entry by entry, for content POI itself would never write: cells without references,
 * a DOCTYPE, or a sheet that inflates to hundreds of megabytes.
 */
final class HandmadeXlsx {

    static final String SHEET_START = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>""";
    static final String SHEET_END = "</sheetData></worksheet>";

    private static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
            <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
            </Types>""";
    private static final String PACKAGE_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
            </Relationships>""";
    private static final String WORKBOOK = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
            <sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets></workbook>""";
    private static final String WORKBOOK_RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
            </Relationships>""";

    private HandmadeXlsx() {}

    static Path withSheet(Path dir, String sheetXml) {
        return write(dir, out -> out.write(sheetXml.getBytes(StandardCharsets.UTF_8)));
    }

    /** A valid workbook whose sheet is padded with {@code paddingBytes} spaces, which deflate about 1000:1. */
    static Path zipBomb(Path dir, long paddingBytes) {
        return write(dir, out -> {
            out.write(SHEET_START.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[64 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (long written = 0; written < paddingBytes; written += spaces.length) {
                out.write(spaces);
            }
            out.write(SHEET_END.getBytes(StandardCharsets.UTF_8));
        });
    }

    /** A zip that is not an Office package at all. */
    static Path plainZip(Path dir) {
        try {
            Path file = Files.createTempFile(dir, "plain", ".bin");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                zip.putNextEntry(new ZipEntry("readme.txt"));
                zip.write("Список учителей".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface SheetWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Path write(Path dir, SheetWriter sheet) {
        try {
            Path file = Files.createTempFile(dir, "handmade", ".bin");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
                entry(zip, "[Content_Types].xml", CONTENT_TYPES);
                entry(zip, "_rels/.rels", PACKAGE_RELS);
                entry(zip, "xl/workbook.xml", WORKBOOK);
                entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
                sheet.writeTo(zip);
                zip.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
