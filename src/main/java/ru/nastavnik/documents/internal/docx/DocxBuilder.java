package ru.nastavnik.documents.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * Writes simple DOCX templates in code, so that the built-in ones are reviewed like code (see {@link PageDefaults}
 * for the page). Texts may hold placeholders and line breaks.
 */
public final class DocxBuilder {

    public enum Align {
        LEFT,
        CENTER,
        RIGHT,
        JUSTIFY
    }

    private static final int FIRST_LINE_INDENT = 709; // 1.25 cm, the paragraph indent of Russian office papers
    private static final double TWIPS_PER_MM = 1440 / 25.4;

    private final XWPFDocument document = new XWPFDocument();
    private final int fontSize;

    private DocxBuilder(int fontSize) {
        this.fontSize = fontSize;
        PageDefaults.apply(document, fontSize);
    }

    /** Body text of 12 pt; ГОСТ Р 7.0.97 allows 12–14. */
    public static DocxBuilder a4() {
        return new DocxBuilder(12);
    }

    public static DocxBuilder a4(int fontSize) {
        return new DocxBuilder(fontSize);
    }

    public DocxBuilder heading(String text) {
        XWPFParagraph paragraph = paragraph(Align.CENTER);
        paragraph.setSpacingAfter(240);
        XWPFRun run = text(paragraph, text, true);
        run.setFontSize(fontSize + 2);
        return this;
    }

    /** A paragraph of body text: justified, with the first-line indent. */
    public DocxBuilder paragraph(String text) {
        XWPFParagraph paragraph = paragraph(Align.JUSTIFY);
        paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
        text(paragraph, text, false);
        return this;
    }

    public DocxBuilder paragraph(String text, Align align, boolean bold) {
        text(paragraph(align), text, bold);
        return this;
    }

    /**
     * One line with {@code left} at the margin and {@code right} flush with the right margin, by a right-aligned tab
     * stop: the order's date and number, a signature's position and name. Spaces typed between them wrapped the
     * number onto a line of its own when the date was a blank to fill in by hand.
     */
    public DocxBuilder spread(String left, String right) {
        XWPFParagraph paragraph = paragraph(Align.LEFT);
        // one pPr with the alignment: a second one is invalid and read by neither Word nor our PDF renderer
        CTTabStop stop = paragraph.getCTP().getPPr().addNewTabs().addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(twips(PageDefaults.TEXT_WIDTH_MM)));
        text(paragraph, left, false);
        paragraph.createRun().addTab();
        text(paragraph, right, false);
        return this;
    }

    public DocxBuilder emptyLine() {
        paragraph(Align.LEFT);
        return this;
    }

    public DocxBuilder pageBreak() {
        paragraph(Align.LEFT).createRun().addBreak(BreakType.PAGE);
        return this;
    }

    /**
     * A bordered table: a bold header row (repeated on every page) and one row repeated for each element of
     * {@code list}; the builder puts the {@code {{#each list}}} marker into its first cell.
     */
    public DocxBuilder table(int[] columnWidthsMm, List<String> header, String list, List<String> repeatedRow) {
        return table(columnWidthsMm, header, list, repeatedRow, fontSize);
    }

    /** The same in a smaller type, for a table of many columns (a plan of seven) that must fit the page's width. */
    public DocxBuilder table(
            int[] columnWidthsMm, List<String> header, String list, List<String> repeatedRow, int tableFontSize) {
        List<String> row = new ArrayList<>(repeatedRow);
        row.set(0, "{{#each " + list + "}}" + row.get(0));
        XWPFTable table = newTable(columnWidthsMm, List.of(header, row));
        table.getRow(0).setRepeatHeader(true);
        table.getRow(0)
                .getTableCells()
                .forEach(cell -> cell.getParagraphs().get(0).getRuns().forEach(run -> run.setBold(true)));
        if (tableFontSize != fontSize) {
            table.getRows()
                    .forEach(r -> r.getTableCells()
                            .forEach(cell -> cell.getParagraphs()
                                    .forEach(p -> p.getRuns().forEach(run -> run.setFontSize(tableFontSize)))));
        }
        return this;
    }

    /** A table of fixed rows, e.g. the signatures under an order; {@code borders} false for a layout grid. */
    public DocxBuilder table(int[] columnWidthsMm, List<List<String>> rows, boolean borders) {
        XWPFTable table = newTable(columnWidthsMm, rows);
        if (!borders) {
            table.removeBorders();
        }
        return this;
    }

    public DocxBuilder header(String text, Align align) {
        XWPFParagraph paragraph =
                document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(alignment(align));
        text(paragraph, text, false);
        return this;
    }

    public DocxBuilder footer(String text, Align align) {
        XWPFParagraph paragraph =
                document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        paragraph.setAlignment(alignment(align));
        text(paragraph, text, false);
        return this;
    }

    public byte[] build() {
        try (document;
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a DOCX to memory", e);
        }
    }

    private XWPFTable newTable(int[] requestedWidthsMm, List<List<String>> rows) {
        int[] columnWidthsMm = fitted(requestedWidthsMm);
        XWPFTable table = document.createTable(rows.size(), columnWidthsMm.length);
        // a row is never split between pages: a familiarisation sheet's name on one page and its signature line on
        // the next cannot be signed (each row of the list is a copy of the template's row, so it keeps this too)
        table.getRows().forEach(row -> row.setCantSplitRow(true));
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        int total = 0;
        for (int width : columnWidthsMm) {
            grid.addNewGridCol().setW(BigInteger.valueOf(twips(width)));
            total += twips(width);
        }
        table.setWidth(String.valueOf(total));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            for (int c = 0; c < columnWidthsMm.length; c++) {
                row.getCell(c).setWidth(String.valueOf(twips(columnWidthsMm[c])));
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                text(row.getCell(c).getParagraphs().get(0), text, false);
            }
        }
        return table;
    }

    private XWPFParagraph paragraph(Align align) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment(align));
        return paragraph;
    }

    private static XWPFRun text(XWPFParagraph paragraph, String text, boolean bold) {
        XWPFRun run = paragraph.createRun();
        if (bold) {
            run.setBold(true);
        }
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
        return run;
    }

    private static ParagraphAlignment alignment(Align align) {
        return switch (align) {
            case LEFT -> ParagraphAlignment.LEFT;
            case CENTER -> ParagraphAlignment.CENTER;
            case RIGHT -> ParagraphAlignment.RIGHT;
            case JUSTIFY -> ParagraphAlignment.BOTH;
        };
    }

    /** Columns wider in sum than the text (between the margins) would run off the paper: narrowed in proportion. */
    static int[] fitted(int[] widthsMm) {
        int total = java.util.Arrays.stream(widthsMm).sum();
        if (total <= PageDefaults.TEXT_WIDTH_MM) {
            return widthsMm;
        }
        return java.util.Arrays.stream(widthsMm)
                .map(w -> w * PageDefaults.TEXT_WIDTH_MM / total)
                .toArray();
    }

    static int twips(int mm) {
        return (int) Math.round(mm * TWIPS_PER_MM);
    }
}
