package ru.nastavnik.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * The visible text of one paragraph as the {@code w:t} elements that carry it, in reading order. Tabs, breaks,
 * pictures and fields stand between them as one-character barriers: a placeholder never spans one, so it can
 * always be rewritten inside the text elements alone. Deleted revisions are not visible text and are skipped.
 */
final class ParagraphText {

    /** Stands for a picture, a field or a symbol: anything that is not text but occupies the line. */
    static final char OBJECT = '\uFFFC';

    /** A text element and its value, or a barrier ({@code text == null}). */
    record Piece(Element text, String value) {}

    private ParagraphText() {}

    static List<Piece> pieces(Element paragraph) {
        List<Piece> pieces = new ArrayList<>();
        collect(paragraph, pieces);
        return pieces;
    }

    static String text(Element paragraph) {
        return join(pieces(paragraph));
    }

    static String join(List<Piece> pieces) {
        StringBuilder text = new StringBuilder();
        pieces.forEach(piece -> text.append(piece.value()));
        return text.toString();
    }

    private static void collect(Element parent, List<Piece> pieces) {
        for (Element child : Xml.children(parent)) {
            if (!Xml.W.equals(child.getNamespaceURI())) {
                continue;
            }
            switch (child.getLocalName()) {
                case "r" -> run(child, pieces);
                case "hyperlink",
                        "ins",
                        "moveTo",
                        "smartTag",
                        "fldSimple",
                        "customXml",
                        "dir",
                        "bdo",
                        "sdt",
                        "sdtContent" -> collect(child, pieces);
                default -> {
                    // paragraph properties, deletions, bookmarks, proofing marks: no visible text
                }
            }
        }
    }

    private static void run(Element run, List<Piece> pieces) {
        for (Element child : Xml.children(run)) {
            if (!Xml.W.equals(child.getNamespaceURI())) {
                pieces.add(new Piece(null, String.valueOf(OBJECT)));
                continue;
            }
            switch (child.getLocalName()) {
                case "t" -> pieces.add(new Piece(child, child.getTextContent()));
                case "tab", "ptab" -> pieces.add(new Piece(null, "\t"));
                case "br", "cr" -> pieces.add(new Piece(null, "\n"));
                case "rPr", "instrText", "delText", "lastRenderedPageBreak", "delInstrText" -> {
                    // formatting and field codes are not what the reader sees
                }
                default -> pieces.add(new Piece(null, String.valueOf(OBJECT)));
            }
        }
    }
}
