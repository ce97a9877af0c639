package ru.nastavnik.publishing.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.web.util.HtmlUtils;

/**
 * The shown text of a public document (as {@link DocxText} made it: paragraphs and tables, every text escaped) back
 * into a plain DOCX, for the documents module to render as PDF: what the file carries is what the page shows, names
 * removed included — never the original, which still has them.
 */
final class PublicHtmlDocx {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static final Pattern BLOCK = Pattern.compile("<p>(.*?)</p>|<table[^>]*>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td>(.*?)</td>", Pattern.DOTALL);
    private static final String FONT = "Times New Roman";

    private PublicHtmlDocx() {}

    static byte[] of(String heading, String subheading, String html) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, heading).setBold(true);
            XWPFParagraph order = document.createParagraph();
            order.setAlignment(ParagraphAlignment.CENTER);
            run(order, subheading);
            Matcher block = BLOCK.matcher(html == null ? "" : html);
            while (block.find()) {
                if (block.group(1) != null) {
                    XWPFParagraph paragraph = document.createParagraph();
                    String[] lines = block.group(1).split("<br>", -1);
                    for (int i = 0; i < lines.length; i++) {
                        XWPFRun run = run(paragraph, text(lines[i]));
                        if (i < lines.length - 1) {
                            run.addBreak();
                        }
                    }
                } else {
                    table(document, block.group(2));
                }
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void table(XWPFDocument document, String rows) {
        XWPFTable table = null;
        Matcher row = ROW.matcher(rows);
        while (row.find()) {
            Matcher cell = CELL.matcher(row.group(1));
            XWPFTableRow tableRow = null;
            int column = 0;
            while (cell.find()) {
                if (table == null) {
                    table = document.createTable();
                    tableRow = table.getRow(0);
                } else if (tableRow == null) {
                    tableRow = table.createRow();
                }
                while (tableRow.getTableCells().size() <= column) {
                    tableRow.addNewTableCell();
                }
                XWPFParagraph paragraph =
                        tableRow.getCell(column).getParagraphs().get(0);
                run(paragraph, text(cell.group(1).replace("<br>", " ")));
                column++;
            }
        }
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(12);
        run.setText(text);
        return run;
    }

    private static String text(String escaped) {
        return HtmlUtils.htmlUnescape(escaped);
    }
}
