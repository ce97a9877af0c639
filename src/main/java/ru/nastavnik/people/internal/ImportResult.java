package ru.nastavnik.people.internal;

import java.util.List;
import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * What an import did, or would do on a dry run. With any error nothing was stored; {@code errors} lists the
 * first {@link StaffImport#MAX_LISTED_ERRORS} and {@code errorCount} counts them all. Rows the curator left
 * out are not errors: they are listed in {@code leftOut} with the reason, and the rest is stored.
 *
 * @param warnings rows that repeat an earlier row exactly and were stored once
 * @param review   rows with problems or with the curator's choices, for the preview
 */
public record ImportResult(
        int created,
        int updated,
        int unchanged,
        List<Problem> errors,
        int errorCount,
        boolean dryRun,
        boolean stored,
        SheetLayout layout,
        List<Problem> warnings,
        List<RowReview> review,
        List<LeftOutRow> leftOut) {

    public boolean ok() {
        return errorCount == 0;
    }

    public int rows() {
        return created + updated + unchanged;
    }

    public List<String> header() {
        return layout.header();
    }

    public ColumnMapping mapping() {
        return layout.mapping();
    }

    public String format() {
        return layout.format();
    }
}
