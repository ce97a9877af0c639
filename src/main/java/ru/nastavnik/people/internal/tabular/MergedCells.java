package ru.nastavnik.people.internal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Cells merged down a column, as schools merge «учитель» over the rows of every teacher of a subject: Excel
 * shows the value in each of those rows but stores it only in the top one, so each row below gets it here.
 * Merges across one row (a title over the whole table) are left as stored: the value stays in its first cell.
 * A sheet lists its merges after its rows, so they are read in a pass of their own before the rows.
 */
final class MergedCells {

    /** Far more than any real list; a file with more is cut off, not refused. */
    static final int MAX_REGIONS = 100_000;

    static final MergedCells NONE = new MergedCells(new TreeMap<>());

    private record Region(int firstRow, int lastRow, int column) {}

    private final TreeMap<Integer, List<Region>> byFirstRow;
    private final List<Region> active = new ArrayList<>();
    private final Map<Region, String> values = new HashMap<>();

    private MergedCells(TreeMap<Integer, List<Region>> byFirstRow) {
        this.byFirstRow = byFirstRow;
    }

    static MergedCells scan(InputStream sheet) throws IOException, SAXException {
        TreeMap<Integer, List<Region>> regions = new TreeMap<>();
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            XlsxReader.forbidDoctype(xml);
            xml.setContentHandler(new DefaultHandler() {
                private int count;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    String ref = attributes.getValue("ref");
                    if ("mergeCell".equals(localName) && ref != null && ref.contains(":") && count++ < MAX_REGIONS) {
                        Region region = region(ref);
                        if (region != null) {
                            regions.computeIfAbsent(region.firstRow(), r -> new ArrayList<>())
                                    .add(region);
                        }
                    }
                }
            });
            xml.parse(new InputSource(sheet));
        } catch (SAXException e) {
            // a sheet that breaks off is reported where its rows break, by the pass that reads them
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new SAXException(e);
        }
        return regions.isEmpty() ? NONE : new MergedCells(regions);
    }

    /** «B5:B7» → rows 5 to 7 of column B; null for a merge within one row. */
    private static Region region(String ref) {
        String[] corners = ref.split(":", 2);
        int first = row(corners[0]);
        int last = row(corners[1]);
        return last > first ? new Region(first, last, SheetRowCollector.column(corners[0])) : null;
    }

    private static int row(String reference) {
        String digits = reference.replaceAll("[^0-9]", "");
        return digits.isEmpty() || digits.length() > 7 ? 0 : Integer.parseInt(digits);
    }

    /** A cell as read; the top cell of a merge keeps its value for the rows below. */
    void seen(int row, int column, String value) {
        for (Region region : byFirstRow.getOrDefault(row, List.of())) {
            if (region.column() == column) {
                values.put(region, value);
            }
        }
    }

    /** Called once per row, rows in order: gives the row the values of the merges that cover it from above. */
    void fill(int row, List<String> cells) {
        active.removeIf(r -> r.lastRow() < row);
        for (Region region : active) {
            String value = values.get(region);
            if (value != null && region.firstRow() < row) {
                while (cells.size() <= region.column()) {
                    cells.add("");
                }
                if (cells.get(region.column()).isEmpty()) {
                    cells.set(region.column(), value);
                }
            }
        }
        active.addAll(byFirstRow.getOrDefault(row, List.of()));
    }
}
