package ru.nastavnik.people.internal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Streams the first sheet of a workbook without building POI's in-memory workbook. SAX pushes rows while
 * callers pull them, so a background thread parses into a small queue: it blocks when the caller falls
 * behind, which keeps memory bounded for any number of rows. {@link #close()} interrupts and joins it.
 */
final class XlsxReader extends RowStream {

    static final String THREAD_PREFIX = "tabular-xlsx-";
    private static final int QUEUE_ROWS = 64;
    /** Parsing stops at the next cell once asked; the wait only guards against a stuck file system. */
    private static final long JOIN_MILLIS = 10_000;

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final Item END = new Item(null, null);

    static {
        XlsxSafety.applyLimits();
    }

    /** A row, a failure, or {@link #END}. */
    private record Item(Row row, Throwable failure) {}

    private final OPCPackage workbook;
    private final InputStream sheet;
    private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE_ROWS);
    private final Thread parser;
    private volatile boolean stopping;
    private Throwable failure;
    private boolean finished;
    private boolean closed;

    private XlsxReader(
            OPCPackage workbook, InputStream sheet, StylesTable styles, SharedStrings strings, MergedCells merged) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.parser = new Thread(() -> parse(styles, strings, merged), THREAD_PREFIX + THREADS.incrementAndGet());
        parser.setDaemon(true);
    }

    static XlsxReader open(Path file) {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader parts = new XSSFReader(workbook);
            SharedStrings strings = new ReadOnlySharedStringsTable(workbook, false);
            StylesTable styles = parts.getStylesTable();
            XSSFReader.SheetIterator sheets = parts.getSheetIterator();
            if (!sheets.hasNext()) {
                // a Word document or a presentation is a valid package too, just without sheets
                throw new TabularFileException(MessageKeys.NOT_WORKBOOK);
            }
            MergedCells merged;
            try (InputStream first = sheets.next()) {
                merged = MergedCells.scan(first);
            }
            XlsxReader reader = new XlsxReader(
                    workbook,
                    parts.getSheetIterator().next(),
                    styles == null ? new StylesTable() : styles,
                    strings,
                    merged);
            reader.parser.start();
            return reader;
        } catch (Exception e) {
            if (workbook != null) {
                workbook.revert();
            }
            throw XlsxSafety.translate(e);
        }
    }

    private void parse(StylesTable styles, SharedStrings strings, MergedCells merged) {
        try {
            XMLReader xml = XMLHelper.newXMLReader();
            forbidDoctype(xml);
            SheetRowCollector rows = new SheetRowCollector(row -> hand(new Item(row, null)), () -> stopping, merged);
            xml.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new ShownValues(), false));
            xml.parse(new InputSource(sheet));
            hand(END);
        } catch (Throwable t) {
            // when closing, the failure is just the parser being unwound
            if (!stopping) {
                handLast(new Item(null, t instanceof Error ? t : XlsxSafety.translate(t)));
            }
        }
    }

    /** A sheet needs no DTD; refusing one rules out entity expansion and external entities (XXE). */
    static void forbidDoctype(XMLReader xml) {
        try {
            xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (SAXException unsupported) {
            // POI's reader already ignores external entities and limits expansion
        }
    }

    private void hand(Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            throw new SheetRowCollector.Stopped();
        }
    }

    private void handLast(Item item) {
        try {
            queue.put(item);
        } catch (InterruptedException e) {
            // closed meanwhile: nobody is waiting for the item
        }
    }

    @Override
    Row readRow() {
        if (closed) {
            throw new IllegalStateException("reader is closed");
        }
        if (failure != null) {
            throw rethrow();
        }
        if (finished) {
            return null;
        }
        Item item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted while reading the sheet");
        }
        if (item == END) {
            finished = true;
            return null;
        }
        if (item.failure() != null) {
            failure = item.failure();
            throw rethrow();
        }
        return item.row();
    }

    private RuntimeException rethrow() {
        if (failure instanceof Error error) {
            throw error;
        }
        return (RuntimeException) failure;
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public String encoding() {
        return "UTF-8";
    }

    @Override
    public char separator() {
        return '\0';
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopping = true;
        parser.interrupt();
        try {
            parser.join(JOIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        queue.clear();
        try {
            sheet.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
        workbook.revert();
    }
}
