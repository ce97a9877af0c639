package ru.nastavnik.roadmap;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.TemplateBuilder;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.web.Dates;

/** The inspection package's period rules and its index (опись), the PDF that opens the archive. */
final class PackageIndex {

    static final int MAX_PERIOD_DAYS = 3 * 366;

    private PackageIndex() {}

    /** The index: № | document | number | date | file in the archive. */
    static byte[] pdf(List<PackageEntry> entries, LocalDate from, LocalDate to) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 1;
        for (PackageEntry e : entries) {
            rows.add(Map.of(
                    "number",
                    Integer.toString(n++),
                    "title",
                    e.section() + ": " + e.title(),
                    "no",
                    e.number() == null ? "" : e.number(),
                    "date",
                    e.date() == null ? "" : Dates.DATE.format(e.date()),
                    "file",
                    e.path()));
        }
        byte[] template = TemplateBuilder.a4()
                .centered("ОПИСЬ ДОКУМЕНТОВ", true)
                .centered(
                        "по системе наставничества педагогических работников за период с " + Dates.DATE.format(from)
                                + " по " + Dates.DATE.format(to),
                        false)
                .emptyLine()
                .table(
                        new int[] {10, 60, 20, 25, 50},
                        List.of("№", "Документ", "Номер", "Дата", "Файл в архиве"),
                        "rows",
                        List.of("{{index}}", "{{item.title}}", "{{item.no}}", "{{item.date}}", "{{item.file}}"),
                        9)
                .build();
        return PdfRenderer.fromDocx(DocxTemplates.render(new ByteArrayInputStream(template), Map.of("rows", rows)));
    }

    static void checkPeriod(LocalDate from, LocalDate to) {
        if (from == null) {
            throw InvalidInputException.of("from", "roadmap.package.from.required");
        }
        if (to == null) {
            throw InvalidInputException.of("to", "roadmap.package.to.required");
        }
        if (to.isBefore(from)) {
            throw InvalidInputException.of("to", "roadmap.package.reversed");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_PERIOD_DAYS) {
            throw InvalidInputException.of("to", "roadmap.package.tooLong", MAX_PERIOD_DAYS);
        }
    }
}
