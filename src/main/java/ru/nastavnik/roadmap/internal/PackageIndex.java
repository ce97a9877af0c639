package ru.nastavnik.roadmap.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.TemplateScript;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.web.Dates;

/** The inspection package's period rules and its index (опись), the PDF that opens the archive. */
final class PackageIndex {

    static final int MAX_PERIOD_DAYS = 3 * 366;

    /** The index's wording: {@code documents/defaults/roadmap-package-index.txt}. */
    private static final byte[] TEMPLATE =
            TemplateScript.read("roadmap-package-index").build();

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
        return PdfRenderer.fromDocx(DocxTemplates.render(
                new ByteArrayInputStream(TEMPLATE),
                Map.of("rows", rows, "from", Dates.DATE.format(from), "to", Dates.DATE.format(to))));
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
