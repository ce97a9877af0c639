package ru.nastavnik.documents.internal.docx;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * Fills a template in place: repeats and drops blocks, repeats table rows, then puts values into what is left.
 * Every paragraph is filled exactly once, after any copying, so a value is never read again as template text.
 */
public final class TemplateRenderer {

    private TemplateRenderer() {}

    public static byte[] render(DocxPackage docx, Map<String, ?> model) {
        Scope scope = Scope.of(model);
        for (Element container : TemplateParts.containers(docx)) {
            fillContainer(container, scope);
        }
        DrawingIds.renumber(docx, TemplateParts.names(docx));
        return docx.toBytes();
    }

    static void fillContainer(Element container, Scope scope) {
        fill(Containers.blocks(container), scope);
        Containers.endWithParagraph(container);
    }

    static void fill(List<Element> elements, Scope scope) {
        for (Blocks.Node node : Blocks.parse(elements)) {
            if (node instanceof Blocks.Leaf leaf) {
                fillElement(leaf.element(), scope);
            } else {
                fillSection((Blocks.Section) node, scope);
            }
        }
    }

    private static void fillElement(Element element, Scope scope) {
        if (Xml.is(element, Xml.W, "p")) {
            ParagraphFiller.fill(element, scope);
            for (Element box : Containers.textBoxes(element)) {
                fillContainer(box, scope);
            }
        } else if (Xml.is(element, Xml.W, "tbl")) {
            fillTable(element, scope);
        } else if (Xml.is(element, Xml.W, "sdt") || Xml.is(element, Xml.W, "customXml")) {
            Element content = Xml.is(element, Xml.W, "sdt") ? Xml.child(element, Xml.W, "sdtContent") : element;
            if (content != null) {
                fill(Containers.blocks(content), scope);
            }
        }
    }

    private static void fillSection(Blocks.Section section, Scope scope) {
        if (section.open().kind() == Tag.Kind.EACH) {
            Collection<?> items = scope.list(section.open());
            int index = 1;
            for (Object item : items) {
                List<Element> copies = Containers.copyBefore(section.body(), section.openMarker());
                fill(copies, scope.child(item, index++));
            }
            Containers.removeAll(section.body());
        } else {
            boolean keep = Values.truthy(scope.resolve(section.open()));
            Containers.removeAll(keep ? section.otherwise() : section.body());
            fill(keep ? section.body() : section.otherwise(), scope);
        }
        Containers.removeAll(section.markers());
    }

    private static void fillTable(Element table, Scope scope) {
        for (Element row : Xml.children(table, Xml.W, "tr")) {
            Optional<Tag> marker = RowMarker.of(row);
            if (marker.isEmpty()) {
                RowMarker.cells(row).forEach(cell -> fillContainer(cell, scope));
                continue;
            }
            int index = 1;
            for (Object item : scope.list(marker.get())) {
                Element copy = Containers.copyBefore(List.of(row), row).get(0);
                RowMarker.strip(copy, marker.get());
                Scope itemScope = scope.child(item, index++);
                RowMarker.cells(copy).forEach(cell -> fillContainer(cell, itemScope));
            }
            Xml.remove(row);
        }
        if (Xml.children(table, Xml.W, "tr").isEmpty()) {
            // a table without rows is invalid; an empty list leaves no table at all
            Xml.remove(table);
        }
    }
}
