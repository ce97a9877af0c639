package ru.nastavnik.documents.internal.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * Where each cell of a Word table sits on the table's column grid. Word merges cells across columns with
 * {@code gridSpan} and down rows with {@code vMerge} ("restart", then cells that continue it).
 */
record TableGrid(List<Double> columns, List<Element> rows, List<List<Cell>> placed) {

    record Cell(Element tc, int row, int column, int columnSpan, int rowSpan) {}

    static TableGrid of(Element tbl) {
        List<Double> columns = new ArrayList<>();
        for (Element col : Xml.children(Xml.child(tbl, Xml.W, "tblGrid"), Xml.W, "gridCol")) {
            columns.add(Units.twips(Xml.w(col, "w"), 0));
        }
        List<Element> rows = Xml.children(tbl, Xml.W, "tr");
        List<List<int[]>> positions = new ArrayList<>();
        for (Element tr : rows) {
            List<int[]> row = new ArrayList<>();
            int column =
                    (int) Units.number(Xml.w(Xml.child(Xml.child(tr, Xml.W, "trPr"), Xml.W, "gridBefore"), "val"), 0);
            for (Element tc : Xml.children(tr, Xml.W, "tc")) {
                int span = (int) Math.max(
                        1, Units.number(Xml.w(Xml.child(Xml.child(tc, Xml.W, "tcPr"), Xml.W, "gridSpan"), "val"), 1));
                row.add(new int[] {column, span});
                column += span;
            }
            positions.add(row);
        }
        List<List<Cell>> placed = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = new ArrayList<>();
            List<Element> tcs = Xml.children(rows.get(r), Xml.W, "tc");
            for (int i = 0; i < tcs.size(); i++) {
                int[] at = positions.get(r).get(i);
                if (!continues(tcs.get(i))) {
                    cells.add(new Cell(tcs.get(i), r, at[0], at[1], rowSpan(rows, positions, r, at[0], tcs.get(i))));
                }
            }
            placed.add(cells);
        }
        return new TableGrid(columns, rows, placed);
    }

    List<Cell> cells(int row) {
        return placed.get(row);
    }

    double width() {
        boolean known = !columns.isEmpty() && columns.stream().allMatch(width -> width > 0);
        return known ? columns.stream().mapToDouble(Double::doubleValue).sum() : 0;
    }

    private static int rowSpan(List<Element> rows, List<List<int[]>> positions, int row, int column, Element tc) {
        if (!"restart".equals(vMerge(tc))) {
            return 1;
        }
        int span = 1;
        for (int r = row + 1; r < rows.size(); r++) {
            Element below = at(rows.get(r), positions.get(r), column);
            if (below == null || !continues(below)) {
                break;
            }
            span++;
        }
        return span;
    }

    private static Element at(Element tr, List<int[]> positions, int column) {
        List<Element> tcs = Xml.children(tr, Xml.W, "tc");
        for (int i = 0; i < tcs.size(); i++) {
            if (positions.get(i)[0] == column) {
                return tcs.get(i);
            }
        }
        return null;
    }

    /** A {@code vMerge} without a value continues the cell above. */
    private static boolean continues(Element tc) {
        Element vMerge = Xml.child(Xml.child(tc, Xml.W, "tcPr"), Xml.W, "vMerge");
        return vMerge != null && !"restart".equals(Xml.w(vMerge, "val"));
    }

    private static String vMerge(Element tc) {
        Element vMerge = Xml.child(Xml.child(tc, Xml.W, "tcPr"), Xml.W, "vMerge");
        return vMerge == null ? null : Xml.w(vMerge, "val");
    }
}
