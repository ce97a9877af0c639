package ru.nastavnik.roadmap.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import ru.nastavnik.shared.web.Dates;

/**
 * The register of consents (реестр согласий) in the inspection package: every consent given in the period and still
 * in force — with or without its scan — so that the inspector sees the whole list, not only the scans. A withdrawn
 * consent is not listed: processing of that person's data has stopped (152-ФЗ art. 9(2)). Written row by row.
 */
final class ConsentRegister {

    record Row(String person, String purpose, LocalDate givenOn, LocalDate validUntil, boolean scanned) {}

    private ConsentRegister() {}

    static void write(List<Row> rows, LocalDate from, LocalDate to, OutputStream out, PackageTexts texts)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(texts.text("roadmap.package.register.sheet"));
            int r = 0;
            cells(
                    sheet.createRow(r++),
                    texts.text("roadmap.package.register.title", Dates.DATE.format(from), Dates.DATE.format(to)));
            cells(
                    sheet.createRow(r++),
                    texts.text("roadmap.package.register.columns").split("\\|"));
            int n = 1;
            for (Row row : rows.stream()
                    .sorted(Comparator.comparing(Row::person, ru.nastavnik.shared.RussianOrder.NAMES)
                            .thenComparing(Row::purpose))
                    .toList()) {
                cells(
                        sheet.createRow(r++),
                        Integer.toString(n++),
                        row.person(),
                        row.purpose(),
                        Dates.DATE.format(row.givenOn()),
                        row.validUntil() == null
                                ? texts.text("roadmap.package.register.untilWithdrawn")
                                : Dates.DATE.format(row.validUntil()),
                        texts.text(
                                row.scanned()
                                        ? "roadmap.package.register.scanned"
                                        : "roadmap.package.register.notScanned"));
            }
            workbook.write(new KeptOpen(out));
        }
    }

    private static void cells(org.apache.poi.ss.usermodel.Row row, String... values) {
        for (int i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    /** The archive's stream outlives this file: the workbook may flush it, never close it. */
    private static final class KeptOpen extends FilterOutputStream {

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
