package ru.nastavnik.documents.internal.docx;

import java.util.List;
import org.w3c.dom.Element;
import ru.nastavnik.documents.TemplateException;

/**
 * Puts values in place of the placeholders of one paragraph. A value is always text: it is set as the content
 * of a {@code w:t}, so «&lt;», «&amp;» or «{{» inside it print as they are and are never read as markup or as
 * another placeholder. Its line breaks and tabs become Word's own.
 */
final class ParagraphFiller {

    private ParagraphFiller() {}

    static void fill(Element paragraph, Scope scope) {
        List<ParagraphText.Piece> pieces = ParagraphText.pieces(paragraph);
        Placeholders.requireClosed(ParagraphText.join(pieces));
        for (ParagraphText.Piece piece : pieces) {
            if (piece.text() == null || !piece.value().contains("{{")) {
                continue;
            }
            List<Tag> tags = Placeholders.find(piece.value());
            if (tags.isEmpty()) {
                continue;
            }
            StringBuilder filled = new StringBuilder();
            int at = 0;
            for (Tag tag : tags) {
                if (tag.kind() != Tag.Kind.VALUE) {
                    throw new TemplateException(MessageKeys.MARKER_NOT_ALONE, tag.raw());
                }
                filled.append(piece.value(), at, tag.start()).append(Values.text(scope.resolve(tag), tag));
                at = tag.end();
            }
            filled.append(piece.value().substring(at));
            write(piece.text(), filled.toString());
        }
    }

    /** Sets a text element's content, turning line breaks and tabs into the run elements Word uses for them. */
    static void write(Element text, String value) {
        String clean = printable(value);
        if (clean.indexOf('\n') < 0 && clean.indexOf('\t') < 0) {
            Xml.setText(text, clean);
            return;
        }
        Element run = (Element) text.getParentNode();
        StringBuilder segment = new StringBuilder();
        for (int i = 0; i <= clean.length(); i++) {
            char c = i < clean.length() ? clean.charAt(i) : '\n';
            if (c != '\n' && c != '\t') {
                segment.append(c);
                continue;
            }
            if (!segment.isEmpty()) {
                Element t = Xml.newW(run, "t");
                Xml.setText(t, segment.toString());
                run.insertBefore(t, text);
                segment.setLength(0);
            }
            if (i < clean.length()) {
                run.insertBefore(Xml.newW(run, c == '\n' ? "br" : "tab"), text);
            }
        }
        run.removeChild(text);
    }

    /** XML 1.0 cannot carry most control characters; Windows line ends count as one break. */
    private static String printable(String value) {
        String unified = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        unified.codePoints()
                .filter(c -> c == '\n' || c == '\t' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF))
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
