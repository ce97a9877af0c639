package ru.nastavnik.people;

import java.util.List;

import ru.nastavnik.shared.InvalidInputException.Problem;

/**
 * What an import did, or would do on a dry run. With any error nothing was stored; {@code errors} lists the
 * first {@link StaffImport#MAX_LISTED_ERRORS} and {@code errorCount} counts them all.
 */
public record ImportResult(int created, int updated, int unchanged, List<Problem> errors, int errorCount,
        boolean dryRun, boolean stored, List<String> header, ColumnMapping mapping, String format) {

    public boolean ok() {
        return errorCount == 0;
    }

    public int rows() {
        return created + updated + unchanged;
    }
}
