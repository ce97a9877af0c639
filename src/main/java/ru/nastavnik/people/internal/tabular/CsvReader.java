package ru.nastavnik.people.internal.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a CSV file record by record; only the current record is held in memory.
 * <p>
 * Row numbers are record numbers counting blank lines, i.e. the row the user sees when opening the file in
 * Excel, where the files come from and where they get fixed. A quoted cell with line breaks stays one row
 * there, so it must not shift the numbering of later rows; for files without such cells this is also the
 * line number a text editor shows.
 */
final class CsvReader extends RowStream {

    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final TextEncoding encoding;
    private final char separator;
    private long recordsRead;
    private TabularFileException failure;

    private CsvReader(CSVParser parser, TextEncoding encoding, char separator) {
        this.parser = parser;
        this.records = parser.iterator();
        this.encoding = encoding;
        this.separator = separator;
    }

    /** @param head the first bytes of the file, used to choose the encoding and the separator */
    static CsvReader open(Path file, byte[] head, boolean wholeFile) throws IOException {
        TextEncoding encoding = TextEncoding.detect(head, wholeFile);
        char separator = SeparatorGuess.of(encoding.preview(head));
        CSVFormat format = CSVFormat.Builder.create()
                .setDelimiter(separator)
                .setQuote('"')
                // blank lines must stay records so that record numbers match Excel's row numbers
                .setIgnoreEmptyLines(false)
                // Excel reads "abc"def as abcdef instead of refusing the file
                .setTrailingData(true)
                .get();
        InputStream in = Files.newInputStream(file);
        try {
            in.skipNBytes(encoding.bomLength());
            return new CsvReader(format.parse(new StrictDecodingReader(in, encoding.charset())), encoding, separator);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    @Override
    Row readRow() {
        if (failure != null) {
            throw failure;
        }
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            recordsRead = record.getRecordNumber();
            return new Row(rowNumber(recordsRead), Cells.clean(record.toList()));
        } catch (UncheckedIOException e) {
            failure = translate(e.getCause());
            throw failure;
        }
    }

    /** The parser fails while reading the record after the last one it returned. */
    private TabularFileException translate(IOException cause) {
        int row = rowNumber(recordsRead + 1);
        if (cause instanceof CharacterCodingException) {
            return TabularFileException.because(cause, MessageKeys.ENCODING, row);
        }
        if (cause instanceof CSVException) {
            // with trailing data allowed, the only syntax error left is a quote that is never closed
            return TabularFileException.because(cause, MessageKeys.UNCLOSED_QUOTE, row);
        }
        return TabularFileException.because(cause, MessageKeys.UNREADABLE);
    }

    private static int rowNumber(long recordNumber) {
        return (int) Math.min(recordNumber, Integer.MAX_VALUE);
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public String encoding() {
        return encoding.charset().name();
    }

    @Override
    public char separator() {
        return separator;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // nothing was written, so a failing close loses nothing
        }
    }
}
