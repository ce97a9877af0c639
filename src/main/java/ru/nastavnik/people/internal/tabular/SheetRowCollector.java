package ru.nastavnik.people.internal.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Assembles the cells POI pushes into rows. A sheet only stores cells that have content, so each cell is
 * placed by its reference (A1, C1 → columns 0 and 2) and the gaps become empty strings.
 */
final class SheetRowCollector implements SheetContentsHandler {

    /** Excel's last column is XFD; a reference beyond it does not come from a real workbook. */
    static final int MAX_COLUMNS = 16_384;

    private final Consumer<Row> sink;
    private final BooleanSupplier stopRequested;
    private final MergedCells merged;
    private final List<String> cells = new ArrayList<>();
    private int rowNumber;
    private int nextColumn;

    SheetRowCollector(Consumer<Row> sink, BooleanSupplier stopRequested) {
        this(sink, stopRequested, MergedCells.NONE);
    }

    SheetRowCollector(Consumer<Row> sink, BooleanSupplier stopRequested, MergedCells merged) {
        this.sink = sink;
        this.stopRequested = stopRequested;
        this.merged = merged;
    }

    @Override
    public void startRow(int rowIndex) {
        stopIfRequested();
        cells.clear();
        rowNumber = rowIndex + 1;
        nextColumn = 0;
    }

    @Override
    public void cell(String reference, String formattedValue, XSSFComment comment) {
        stopIfRequested();
        // the reference is optional in the file format; without it a cell follows the previous one
        int column = reference == null ? nextColumn : column(reference);
        if (column >= MAX_COLUMNS) {
            throw new TabularFileException(MessageKeys.CORRUPT);
        }
        while (cells.size() <= column) {
            cells.add("");
        }
        cells.set(column, formattedValue == null ? "" : formattedValue);
        merged.seen(rowNumber, column, cells.get(column));
        nextColumn = column + 1;
    }

    @Override
    public void endRow(int rowIndex) {
        List<String> cleaned = Cells.clean(cells);
        if (!Cells.allBlank(cleaned)) {
            merged.fill(rowNumber, cleaned);
        }
        // rows that only carry formatting are common (whole columns coloured) and not worth handing over
        if (!Cells.allBlank(cleaned)) {
            sink.accept(new Row(rowNumber, cleaned));
        }
    }

    /** Zero-based column of a reference such as "C12". */
    static int column(String reference) {
        int column = 0;
        int letters = 0;
        while (letters < reference.length() && column <= MAX_COLUMNS) {
            char c = Character.toUpperCase(reference.charAt(letters));
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            letters++;
        }
        if (letters == 0) {
            throw new TabularFileException(MessageKeys.CORRUPT);
        }
        return column - 1;
    }

    private void stopIfRequested() {
        if (stopRequested.getAsBoolean()) {
            throw new Stopped();
        }
    }

    /** Unwinds the SAX parser when the reader is closed before the end of the sheet. */
    static final class Stopped extends RuntimeException {
        Stopped() {
            super("reading stopped", null, false, false);
        }
    }
}
