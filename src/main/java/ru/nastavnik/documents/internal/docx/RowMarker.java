package ru.nastavnik.documents.internal.docx;

import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * A table row that repeats: its first cell begins with {@code {{#each list}}} and does not itself close the block
 * (a cell that does holds a block of paragraphs instead). A {@code {{/each}}} in a later cell of the row is
 * optional and merely marks where the row ends.
 */
final class RowMarker {

    private RowMarker() {}

    static List<Element> cells(Element row) {
        return Xml.children(row, Xml.W, "tc");
    }

    static Optional<Tag> of(Element row) {
        List<Element> cells = cells(row);
        if (cells.isEmpty()) {
            return Optional.empty();
        }
        String text = cellText(cells.get(0));
        String start = text.stripLeading();
        if (!start.startsWith("{{")) {
            return Optional.empty();
        }
        List<Tag> tags = Placeholders.find(text);
        if (tags.isEmpty()
                || tags.get(0).kind() != Tag.Kind.EACH
                || tags.get(0).start() != text.length() - start.length()
                || tags.stream().anyMatch(tag -> tag.kind() == Tag.Kind.END_EACH)) {
            return Optional.empty();
        }
        return Optional.of(tags.get(0));
    }

    /** Takes the markers out of a row (a copy of it) so that only its content is left to fill. */
    static void strip(Element row, Tag marker) {
        List<Element> cells = cells(row);
        removeFirst(cells.get(0), marker.raw());
        for (Element cell : cells.subList(1, cells.size())) {
            if (removeEachEnd(cell)) {
                return;
            }
        }
    }

    private static String cellText(Element cell) {
        StringBuilder text = new StringBuilder();
        for (Element paragraph : Xml.children(cell, Xml.W, "p")) {
            text.append(ParagraphText.text(paragraph)).append('\n');
        }
        return text.toString();
    }

    private static boolean removeFirst(Element cell, String raw) {
        for (Element paragraph : Xml.children(cell, Xml.W, "p")) {
            for (ParagraphText.Piece piece : ParagraphText.pieces(paragraph)) {
                int at = piece.text() == null ? -1 : piece.value().indexOf(raw);
                if (at >= 0) {
                    Xml.setText(
                            piece.text(),
                            piece.value().substring(0, at) + piece.value().substring(at + raw.length()));
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean removeEachEnd(Element cell) {
        for (Element paragraph : Xml.children(cell, Xml.W, "p")) {
            for (Tag tag : Placeholders.find(ParagraphText.text(paragraph))) {
                if (tag.kind() == Tag.Kind.END_EACH) {
                    return removeFirst(cell, tag.raw());
                }
            }
        }
        return false;
    }
}
