package ru.nastavnik.publishing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.springframework.web.util.HtmlUtils;

/**
 * A generated DOCX as plain HTML for a web page: its paragraphs and tables, every text escaped — no style, no
 * script, nothing the document's author could smuggle in.
 */
final class DocxText {

    private DocxText() {}

    static String html(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder html = new StringBuilder();
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(html, paragraph);
                } else if (element instanceof XWPFTable table) {
                    html.append("<table class=\"table table-sm table-bordered\">");
                    for (XWPFTableRow row : table.getRows()) {
                        html.append("<tr>");
                        for (XWPFTableCell cell : row.getTableCells()) {
                            html.append("<td>").append(escape(cell.getText())).append("</td>");
                        }
                        html.append("</tr>");
                    }
                    html.append("</table>");
                }
            }
            return html.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void paragraph(StringBuilder html, XWPFParagraph paragraph) {
        String text = paragraph.getText();
        if (text != null && !text.isBlank()) {
            html.append("<p>").append(escape(text.strip())).append("</p>");
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8").replace("\n", "<br>");
    }
}
