package ru.nastavnik.documents.internal.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import ru.nastavnik.documents.TemplateException;

/**
 * Splits a run of sibling elements (the paragraphs and tables of a body, a cell or a header) into plain elements
 * and the {@code {{#each}}}/{@code {{#if}}} blocks whose markers stand in paragraphs of their own. Only the
 * outermost blocks are found here; their bodies are split again when they are filled or checked.
 */
final class Blocks {

    sealed interface Node permits Leaf, Section {}

    record Leaf(Element element) implements Node {}

    /** A block: its marker paragraphs, its body and, for an {@code #if} with {@code {{else}}}, the other body. */
    record Section(
            Tag open,
            Element openMarker,
            List<Element> body,
            Element elseMarker,
            List<Element> otherwise,
            Element closeMarker)
            implements Node {

        List<Element> markers() {
            List<Element> markers = new ArrayList<>(List.of(openMarker, closeMarker));
            if (elseMarker != null) {
                markers.add(elseMarker);
            }
            return markers;
        }
    }

    private Blocks() {}

    static List<Node> parse(List<Element> elements) {
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        while (i < elements.size()) {
            Optional<Tag> marker = markerOf(elements.get(i));
            if (marker.isEmpty()) {
                requireNoMarkerInside(elements.get(i));
                nodes.add(new Leaf(elements.get(i)));
                i++;
            } else if (marker.get().kind().opens()) {
                i = section(elements, i, marker.get(), nodes);
            } else if (marker.get().kind() == Tag.Kind.ELSE) {
                throw new TemplateException(
                        MessageKeys.MISPLACED_ELSE, marker.get().raw());
            } else {
                throw new TemplateException(
                        MessageKeys.UNEXPECTED_CLOSE, marker.get().raw());
            }
        }
        return nodes;
    }

    static Optional<Tag> markerOf(Element element) {
        if (!Xml.is(element, Xml.W, "p")) {
            return Optional.empty();
        }
        return Placeholders.marker(ParagraphText.text(element));
    }

    /** Reported here, before the marker's partner looks unmatched, because it is the mistake to fix. */
    private static void requireNoMarkerInside(Element element) {
        if (Xml.is(element, Xml.W, "p")) {
            for (Tag tag : Placeholders.find(ParagraphText.text(element))) {
                if (tag.kind() != Tag.Kind.VALUE) {
                    throw new TemplateException(MessageKeys.MARKER_NOT_ALONE, tag.raw());
                }
            }
        }
    }

    private static int section(List<Element> elements, int start, Tag open, List<Node> nodes) {
        int depth = 0;
        int elseAt = -1;
        for (int j = start + 1; j < elements.size(); j++) {
            Optional<Tag> marker = markerOf(elements.get(j));
            if (marker.isEmpty()) {
                continue;
            }
            Tag tag = marker.get();
            if (tag.kind().opens()) {
                depth++;
            } else if (tag.kind() == Tag.Kind.ELSE && depth == 0) {
                if (open.kind() != Tag.Kind.IF || elseAt >= 0) {
                    throw new TemplateException(MessageKeys.MISPLACED_ELSE, tag.raw());
                }
                elseAt = j;
            } else if (tag.kind().closes() && depth > 0) {
                depth--;
            } else if (tag.kind().closes()) {
                if (!open.closedBy(tag.kind())) {
                    throw new TemplateException(MessageKeys.MISMATCHED_CLOSE, open.raw(), tag.raw());
                }
                int bodyEnd = elseAt >= 0 ? elseAt : j;
                nodes.add(new Section(
                        open,
                        elements.get(start),
                        List.copyOf(elements.subList(start + 1, bodyEnd)),
                        elseAt >= 0 ? elements.get(elseAt) : null,
                        elseAt >= 0 ? List.copyOf(elements.subList(elseAt + 1, j)) : List.of(),
                        elements.get(j)));
                return j + 1;
            }
        }
        throw new TemplateException(MessageKeys.UNCLOSED_BLOCK, open.raw());
    }
}
