package ru.nastavnik.documents.internal.docx;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import ru.nastavnik.documents.TemplateException;
import ru.nastavnik.documents.TemplateProblem;

/**
 * Reads a template without a model and lists what would go wrong, so that an administrator learns about a
 * typo on upload, not when the first document is printed. Both branches of every {@code {{#if}}} are read.
 */
public final class TemplateChecker {

    private final AllowedPaths allowed;
    private final Set<TemplateProblem> problems = new LinkedHashSet<>();
    /** The lists being repeated over, innermost first: what {@code item} stands for here. */
    private final Deque<String> lists = new ArrayDeque<>();

    private TemplateChecker(Set<String> allowedPaths) {
        this.allowed = new AllowedPaths(allowedPaths);
    }

    public static List<TemplateProblem> check(DocxPackage docx, Set<String> allowedPaths) {
        TemplateChecker checker = new TemplateChecker(allowedPaths);
        try {
            for (Element container : TemplateParts.containers(docx)) {
                checker.checkAll(Containers.blocks(container));
            }
        } catch (TemplateException e) {
            checker.problems.add(TemplateProblem.of(e));
        }
        return List.copyOf(checker.problems);
    }

    private void checkAll(List<Element> elements) {
        List<Blocks.Node> nodes;
        try {
            nodes = Blocks.parse(elements);
        } catch (TemplateException e) {
            problems.add(TemplateProblem.of(e));
            // the structure is broken; the placeholders of the plain paragraphs can still be checked
            nodes = elements.stream()
                    .filter(e2 -> Blocks.markerOf(e2).isEmpty())
                    .map(e2 -> (Blocks.Node) new Blocks.Leaf(e2))
                    .toList();
        }
        for (Blocks.Node node : nodes) {
            if (node instanceof Blocks.Leaf leaf) {
                checkElement(leaf.element());
            } else {
                checkSection((Blocks.Section) node);
            }
        }
    }

    private void checkSection(Blocks.Section section) {
        String path = checkPath(section.open());
        if (section.open().kind() == Tag.Kind.EACH) {
            lists.push(path);
            checkAll(section.body());
            lists.pop();
        } else {
            checkAll(section.body());
            checkAll(section.otherwise());
        }
    }

    private void checkElement(Element element) {
        if (Xml.is(element, Xml.W, "p")) {
            checkParagraph(element);
            Containers.textBoxes(element).forEach(box -> checkAll(Containers.blocks(box)));
        } else if (Xml.is(element, Xml.W, "tbl")) {
            Xml.children(element, Xml.W, "tr").forEach(this::checkRow);
        } else if (Xml.is(element, Xml.W, "sdt") || Xml.is(element, Xml.W, "customXml")) {
            Element content = Xml.is(element, Xml.W, "sdt") ? Xml.child(element, Xml.W, "sdtContent") : element;
            if (content != null) {
                checkAll(Containers.blocks(content));
            }
        }
    }

    private void checkRow(Element row) {
        Optional<Tag> marker = Optional.empty();
        try {
            marker = RowMarker.of(row);
        } catch (TemplateException e) {
            problems.add(TemplateProblem.of(e));
        }
        if (marker.isEmpty()) {
            RowMarker.cells(row).forEach(cell -> checkAll(Containers.blocks(cell)));
            return;
        }
        Element copy = (Element) row.cloneNode(true);
        RowMarker.strip(copy, marker.get());
        lists.push(checkPath(marker.get()));
        RowMarker.cells(copy).forEach(cell -> checkAll(Containers.blocks(cell)));
        lists.pop();
    }

    private void checkParagraph(Element paragraph) {
        String text = ParagraphText.text(paragraph);
        try {
            Placeholders.requireClosed(text);
        } catch (TemplateException e) {
            problems.add(TemplateProblem.of(e));
        }
        var matcher = Placeholders.TAG.matcher(text);
        while (matcher.find()) {
            try {
                Tag tag = Placeholders.find(matcher.group()).get(0);
                if (tag.kind() != Tag.Kind.VALUE) {
                    throw new TemplateException(MessageKeys.MARKER_NOT_ALONE, tag.raw());
                }
                checkPath(tag);
            } catch (TemplateException e) {
                problems.add(TemplateProblem.of(e));
            }
        }
    }

    /** Reports a path the model will not have, and answers the path as the model spells it. */
    private String checkPath(Tag tag) {
        String path = tag.path();
        String first = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
        if (!lists.isEmpty() && first.equals(Scope.INDEX) && first.equals(path)) {
            return path;
        }
        if (!lists.isEmpty() && first.equals(Scope.ITEM)) {
            path = lists.peek() + path.substring(first.length());
        }
        if (!allowed.contains(path)) {
            problems.add(new TemplateProblem(MessageKeys.UNKNOWN_PLACEHOLDER, List.of(tag.raw())));
        }
        return path;
    }
}
