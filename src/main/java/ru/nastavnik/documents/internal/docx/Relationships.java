package ru.nastavnik.documents.internal.docx;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The relationships of one part: how its {@code r:id}s lead to images, headers, hyperlinks. */
public final class Relationships {

    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    public static final String OFFICE_DOCUMENT = TYPES + "officeDocument";
    public static final String HEADER = TYPES + "header";
    public static final String FOOTER = TYPES + "footer";
    public static final String IMAGE = TYPES + "image";
    public static final String STYLES = TYPES + "styles";
    public static final String NUMBERING = TYPES + "numbering";

    public record Relationship(String id, String type, String target, boolean external) {}

    private final String sourcePart;
    private final Document xml;

    Relationships(String sourcePart, Document xml) {
        this.sourcePart = sourcePart;
        this.xml = xml;
    }

    /** {@code word/document.xml} keeps its relationships in {@code word/_rels/document.xml.rels}. */
    static String partName(String sourcePart) {
        int slash = sourcePart.lastIndexOf('/');
        return sourcePart.substring(0, slash + 1) + "_rels/" + sourcePart.substring(slash + 1) + ".rels";
    }

    static Document empty() {
        Document document = Xml.newDocument();
        document.appendChild(document.createElementNS(Xml.PACKAGE_RELATIONSHIPS, "Relationships"));
        return document;
    }

    public List<Relationship> all() {
        List<Relationship> result = new ArrayList<>();
        for (Element e : Xml.children(xml.getDocumentElement(), Xml.PACKAGE_RELATIONSHIPS, "Relationship")) {
            result.add(new Relationship(
                    e.getAttribute("Id"),
                    e.getAttribute("Type"),
                    e.getAttribute("Target"),
                    "External".equals(e.getAttribute("TargetMode"))));
        }
        return result;
    }

    public Relationship byId(String id) {
        return all().stream().filter(r -> r.id().equals(id)).findFirst().orElse(null);
    }

    public List<Relationship> ofType(String type) {
        return all().stream()
                .filter(r -> r.type().equals(type) && !r.external())
                .toList();
    }

    /** The part a relationship leads to, as an entry name of the archive. */
    public String partOf(Relationship relationship) {
        return resolve(sourcePart, relationship.target());
    }

    /** Adds a relationship and answers its new id. */
    String add(String type, String target, boolean external) {
        int n = all().size() + 1;
        while (byId("rId" + n) != null) {
            n++;
        }
        return add("rId" + n, type, target, external);
    }

    String add(String id, String type, String target, boolean external) {
        Element e = xml.createElementNS(Xml.PACKAGE_RELATIONSHIPS, "Relationship");
        e.setAttribute("Id", id);
        e.setAttribute("Type", type);
        e.setAttribute("Target", target);
        if (external) {
            e.setAttribute("TargetMode", "External");
        }
        xml.getDocumentElement().appendChild(e);
        return id;
    }

    /** An absolute target: valid in any part, and free of the relative-path arithmetic. */
    static String targetOf(String partName) {
        return "/" + partName;
    }

    static String resolve(String sourcePart, String target) {
        String path = target;
        try {
            path = new URI(target).getPath();
        } catch (URISyntaxException e) {
            // Word writes unescaped targets now and then; they are plain paths
        }
        String base = path.startsWith("/") ? "" : sourcePart.substring(0, sourcePart.lastIndexOf('/') + 1);
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (base + path).split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                segments.pollLast();
            } else {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
