package ru.nastavnik.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Word splits text into runs wherever spell-check, an edit or a revision mark touched it, so «{{person.fullName}}»
 * may arrive as «{{per», «son.full», «Name}}». Each placeholder is moved whole into the text element where it
 * starts, so it takes that run's formatting; the text around it stays where it was.
 */
final class SplitPlaceholders {

    private SplitPlaceholders() {}

    static void join(Document part) {
        for (Element paragraph : Xml.descendants(part, Xml.W, "p")) {
            join(paragraph);
        }
    }

    static void join(Element paragraph) {
        List<ParagraphText.Piece> pieces = ParagraphText.pieces(paragraph);
        String text = ParagraphText.join(pieces);
        if (pieces.size() < 2 || !text.contains("{{")) {
            return;
        }
        List<int[]> spans = new ArrayList<>();
        Matcher m = Placeholders.TAG.matcher(text);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        String[] values = pieces.stream().map(ParagraphText.Piece::value).toArray(String[]::new);
        boolean changed = false;
        // right to left: the paragraph's text never changes, only where its pieces are cut
        for (int i = spans.size() - 1; i >= 0; i--) {
            changed |= moveIntoFirstPiece(values, spans.get(i)[0], spans.get(i)[1], text);
        }
        if (changed) {
            for (int i = 0; i < values.length; i++) {
                ParagraphText.Piece piece = pieces.get(i);
                if (piece.text() != null && !piece.value().equals(values[i])) {
                    Xml.setText(piece.text(), values[i]);
                }
            }
        }
    }

    private static boolean moveIntoFirstPiece(String[] values, int start, int end, String text) {
        int[] starts = new int[values.length];
        for (int i = 1; i < values.length; i++) {
            starts[i] = starts[i - 1] + values[i - 1].length();
        }
        int first = pieceAt(values, starts, start);
        int last = pieceAt(values, starts, end - 1);
        if (first == last) {
            return false;
        }
        values[first] = values[first].substring(0, start - starts[first]) + text.substring(start, end);
        for (int i = first + 1; i < last; i++) {
            values[i] = "";
        }
        values[last] = values[last].substring(end - starts[last]);
        return true;
    }

    private static int pieceAt(String[] values, int[] starts, int position) {
        for (int i = 0; i < values.length; i++) {
            if (position >= starts[i] && position < starts[i] + values[i].length()) {
                return i;
            }
        }
        throw new IllegalStateException("Position " + position + " is outside the paragraph");
    }
}
