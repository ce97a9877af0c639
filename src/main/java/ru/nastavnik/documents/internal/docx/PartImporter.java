package ru.nastavnik.documents.internal.docx;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Brings the pictures, hyperlinks, headers and footers that imported content refers to into another package,
 * giving them relationship ids there. A part equal to one already present (the same letterhead in every
 * consent of a batch) is shared rather than copied again.
 */
final class PartImporter {

    private final DocxPackage source;
    private final DocxPackage target;
    private final Map<String, String> ids = new HashMap<>();
    private final Map<String, String> parts = new HashMap<>();
    private final Set<String> importing = new HashSet<>();

    PartImporter(DocxPackage source, DocxPackage target) {
        this.source = source;
        this.target = target;
    }

    /** Rewrites every relationship id in the subtree (r:id, r:embed, r:link … and VML's o:relid). */
    void remap(Element subtree) {
        List<Element> elements = Xml.descendants(subtree, "*", "*");
        elements.add(subtree);
        for (Element element : elements) {
            NamedNodeMap attributes = element.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr attr = (Attr) attributes.item(i);
                if (Xml.R.equals(attr.getNamespaceURI())
                        || (Xml.VML_OFFICE.equals(attr.getNamespaceURI()) && "relid".equals(attr.getLocalName()))) {
                    attr.setValue(ids.computeIfAbsent(attr.getValue(), this::importRelationship));
                }
            }
        }
    }

    private String importRelationship(String id) {
        Relationships from = source.relationships(source.mainPart());
        Relationships.Relationship relationship = from.byId(id);
        if (relationship == null) {
            return id;
        }
        Relationships to = target.relationships(target.mainPart());
        if (relationship.external()) {
            return to.add(relationship.type(), relationship.target(), true);
        }
        String part = importPart(from.partOf(relationship));
        return to.all().stream()
                .filter(r -> !r.external()
                        && r.type().equals(relationship.type())
                        && to.partOf(r).equals(part))
                .map(Relationships.Relationship::id)
                .findFirst()
                .orElseGet(() -> to.add(relationship.type(), Relationships.targetOf(part), false));
    }

    /** The part's name in the target, after bringing it (and what it refers to) over if no equal part is there. */
    private String importPart(String part) {
        String known = parts.get(part);
        if (known != null || !source.has(part) || !importing.add(part)) {
            return known != null ? known : part;
        }
        Relationships own = source.has(Relationships.partName(part)) ? source.relationships(part) : null;
        Map<String, String> targets = new HashMap<>();
        if (own != null) {
            for (Relationships.Relationship r : own.all()) {
                targets.put(r.id(), r.external() ? r.target() : importPart(own.partOf(r)));
            }
        }
        byte[] content = source.bytes(part);
        String type = source.contentType(part);
        String name = equalPart(content, type, own, targets);
        if (name == null) {
            name = target.freeName(part);
            target.put(name, content, type);
            if (own != null) {
                Relationships copied = target.relationships(name);
                for (Relationships.Relationship r : own.all()) {
                    copied.add(
                            r.id(),
                            r.type(),
                            r.external() ? r.target() : Relationships.targetOf(targets.get(r.id())),
                            r.external());
                }
            }
        }
        importing.remove(part);
        parts.put(part, name);
        return name;
    }

    private String equalPart(byte[] content, String type, Relationships own, Map<String, String> targets) {
        Set<String> wanted = signature(own, targets);
        for (String candidate : List.copyOf(target.rawEntries().keySet())) {
            if (candidate.endsWith(".rels")
                    || candidate.equals(target.mainPart())
                    || type == null
                    || !type.equals(target.contentType(candidate))
                    || !Arrays.equals(content, target.bytes(candidate))) {
                continue;
            }
            Relationships theirs =
                    target.has(Relationships.partName(candidate)) ? target.relationships(candidate) : null;
            Map<String, String> theirTargets = new HashMap<>();
            if (theirs != null) {
                theirs.all().forEach(r -> theirTargets.put(r.id(), r.external() ? r.target() : theirs.partOf(r)));
            }
            if (signature(theirs, theirTargets).equals(wanted)) {
                return candidate;
            }
        }
        return null;
    }

    private static Set<String> signature(Relationships relationships, Map<String, String> targets) {
        Set<String> signature = new TreeSet<>();
        if (relationships != null) {
            relationships.all().forEach(r -> signature.add(r.id() + " " + r.type() + " " + targets.get(r.id())));
        }
        return signature;
    }
}
