package ru.nastavnik.documents.internal.docx;

import org.w3c.dom.Element;

/**
 * Footnotes (or endnotes) live in a part of their own, found by number; an imported reference gets a copy of
 * its note under a number that is free in the target. Without a notes part in the target the reference is
 * dropped rather than left pointing at some other note.
 */
final class NoteImporter {

    private static final String TYPES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private final String kind;
    private final Element sourceNotes;
    private final Element targetNotes;

    /** {@code kind} is "footnote" or "endnote". */
    NoteImporter(DocxPackage source, DocxPackage target, String kind) {
        this.kind = kind;
        this.sourceNotes = notes(source, kind);
        this.targetNotes = notes(target, kind);
    }

    void remap(Element subtree) {
        for (Element reference : Xml.descendants(subtree, Xml.W, kind + "Reference")) {
            Element note = find(sourceNotes, Xml.w(reference, "id"));
            if (note == null || targetNotes == null) {
                Xml.remove(reference);
                continue;
            }
            Element copy = (Element) targetNotes.getOwnerDocument().importNode(note, true);
            String id = String.valueOf(nextId());
            Xml.setW(copy, "id", id);
            targetNotes.appendChild(copy);
            Xml.setW(reference, "id", id);
        }
    }

    private static Element notes(DocxPackage docx, String kind) {
        Relationships relationships = docx.relationships(docx.mainPart());
        return relationships.ofType(TYPES + kind + "s").stream()
                .map(relationships::partOf)
                .filter(docx::has)
                .findFirst()
                .map(part -> docx.xml(part).getDocumentElement())
                .orElse(null);
    }

    private Element find(Element notes, String id) {
        if (notes == null || id == null) {
            return null;
        }
        return Xml.children(notes, Xml.W, kind).stream()
                .filter(n -> id.equals(Xml.w(n, "id")))
                .findFirst()
                .orElse(null);
    }

    private int nextId() {
        int max = 0;
        for (Element note : Xml.children(targetNotes, Xml.W, kind)) {
            try {
                max = Math.max(max, Integer.parseInt(Xml.w(note, "id")));
            } catch (NumberFormatException ignored) {
                // not a number Word would write; it cannot collide with one
            }
        }
        return max + 1;
    }
}
