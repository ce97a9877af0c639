package ru.nastavnik.documents.internal.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * A Word table as an XHTML table with Word's column grid: fixed column widths, merged cells as col- and row-spans,
 * header rows repeated on every page, borders and cell margins from the table, its style and each cell.
 */
final class TableWriter {

    /** Word's default cell margins: 0.19 cm left and right, none above and below. */
    private static final double[] DEFAULT_MARGINS = {0, 5.4, 0, 5.4};

    private final Html html;
    private final WordStyles styles;
    private final BlockWriter blocks;
    /** The width between the margins of the current section, in points; 0 while unknown. */
    private double available;

    TableWriter(Html html, WordStyles styles, BlockWriter blocks) {
        this.html = html;
        this.styles = styles;
        this.blocks = blocks;
    }

    void available(double points) {
        this.available = points;
    }

    void write(Element tbl, Element parent) {
        Element tblPr = Xml.child(tbl, Xml.W, "tblPr");
        List<Element> levels = new ArrayList<>(styles.chain(
                styles.orDefault(Xml.w(Xml.child(tblPr, Xml.W, "tblStyle"), "val"), "table"), "tblPr"));
        if (tblPr != null) {
            levels.add(tblPr);
        }
        TableGrid grid = TableGrid.of(tbl);
        // a grid wider than the page (columns summed past the right margin) would be cut off by the paper's edge:
        // narrow every column in proportion, as Word's "fit to window" does
        double scale = available > 0 && grid.width() > available ? available / grid.width() : 1;
        Element table = html.append(parent, "table", tableCss(levels, grid, scale));
        Element colgroup = html.append(table, "colgroup", null);
        for (double width : grid.columns()) {
            html.append(colgroup, "col", "width:" + Units.pt(width * scale) + ";");
        }
        CellBorders borders = new CellBorders(levels.stream()
                .map(l -> Xml.child(l, Xml.W, "tblBorders"))
                .filter(b -> b != null)
                .toList());
        double[] margins = margins(
                levels.stream().map(l -> Xml.child(l, Xml.W, "tblCellMar")).toList(), DEFAULT_MARGINS);
        Element head = null;
        Element body = null;
        for (int r = 0; r < grid.rows().size(); r++) {
            Element tr = grid.rows().get(r);
            Element tblHeader = Xml.child(Xml.child(tr, Xml.W, "trPr"), Xml.W, "tblHeader");
            // only the rows at the top repeat on each page, as in Word
            boolean header = body == null && tblHeader != null && Units.on(Xml.w(tblHeader, "val"));
            if (header && head == null) {
                head = html.append(table, "thead", null);
            }
            if (!header && body == null) {
                body = html.append(table, "tbody", null);
            }
            Element row = html.append(header ? head : body, "tr", rowCss(tr));
            for (TableGrid.Cell cell : grid.cells(r)) {
                writeCell(cell, row, grid, borders, margins);
            }
        }
    }

    private void writeCell(TableGrid.Cell cell, Element row, TableGrid grid, CellBorders borders, double[] margins) {
        Element tcPr = Xml.child(cell.tc(), Xml.W, "tcPr");
        double[] own = margins(Collections.singletonList(Xml.child(tcPr, Xml.W, "tcMar")), margins);
        String vAlign = Xml.w(Xml.child(tcPr, Xml.W, "vAlign"), "val");
        String fill = Units.color(Xml.w(Xml.child(tcPr, Xml.W, "shd"), "fill"));
        String css = borders.css(
                        Xml.child(tcPr, Xml.W, "tcBorders"),
                        cell.row() == 0,
                        cell.row() + cell.rowSpan() == grid.rows().size(),
                        cell.column() == 0,
                        cell.column() + cell.columnSpan() >= grid.columns().size())
                + "padding:" + Units.pt(own[0]) + " " + Units.pt(own[3]) + " " + Units.pt(own[2]) + " "
                + Units.pt(own[1]) + ";"
                + "vertical-align:" + ("center".equals(vAlign) ? "middle" : "bottom".equals(vAlign) ? "bottom" : "top")
                + ";" + (fill == null ? "" : "background-color:" + fill + ";")
                // a word longer than its column wraps inside it instead of running over the next cell
                + "word-wrap:break-word;";
        Element td = html.append(row, "td", css);
        if (cell.columnSpan() > 1) {
            td.setAttribute("colspan", String.valueOf(cell.columnSpan()));
        }
        if (cell.rowSpan() > 1) {
            td.setAttribute("rowspan", String.valueOf(cell.rowSpan()));
        }
        blocks.write(BlockWriter.blocks(cell.tc()), td);
        Hyphenation.apply(td);
    }

    private static String tableCss(List<Element> levels, TableGrid grid, double scale) {
        StringBuilder css = new StringBuilder("border-collapse:collapse;-fs-table-paginate:paginate;");
        if (grid.width() > 0) {
            css.append("table-layout:fixed;width:")
                    .append(Units.pt(grid.width() * scale))
                    .append(';');
        } else {
            css.append("width:100%;");
        }
        String jc = null;
        double indent = 0;
        for (Element level : levels) {
            String value = Xml.w(Xml.child(level, Xml.W, "jc"), "val");
            jc = value != null ? value : jc;
            indent = Units.twips(Xml.w(Xml.child(level, Xml.W, "tblInd"), "w"), indent);
        }
        if ("center".equals(jc)) {
            css.append("margin-left:auto;margin-right:auto;");
        } else if ("right".equals(jc) || "end".equals(jc)) {
            css.append("margin-left:auto;");
        } else if (indent != 0) {
            css.append("margin-left:").append(Units.pt(indent)).append(';');
        }
        return css.toString();
    }

    private static String rowCss(Element tr) {
        Element trPr = Xml.child(tr, Xml.W, "trPr");
        Element height = Xml.child(trPr, Xml.W, "trHeight");
        StringBuilder css = new StringBuilder();
        if (height != null) {
            css.append("height:")
                    .append(Units.pt(Units.twips(Xml.w(height, "val"), 0)))
                    .append(';');
        }
        if (Xml.child(trPr, Xml.W, "cantSplit") != null) {
            css.append("page-break-inside:avoid;");
        }
        return css.toString();
    }

    /** Top, left, bottom, right, each from the last level that states it. */
    private static double[] margins(List<Element> levels, double[] fallback) {
        double[] margins = fallback.clone();
        String[][] names = {{"top"}, {"left", "start"}, {"bottom"}, {"right", "end"}};
        for (Element level : levels) {
            for (int side = 0; side < 4; side++) {
                for (String name : names[side]) {
                    Element margin = Xml.child(level, Xml.W, name);
                    if (margin != null) {
                        margins[side] = Units.twips(Xml.w(margin, "w"), margins[side]);
                    }
                }
            }
        }
        return margins;
    }
}
