package ru.nastavnik.documents.internal.docx;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Several documents as one: each keeps its own section (page size, margins, header and footer) and starts on a
 * new page. The first document lends its styles and settings to the whole.
 */
public final class DocxConcatenator {

    private DocxConcatenator() {}

    public static byte[] concatenate(List<byte[]> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("There is nothing to concatenate");
        }
        DocxPackage target = DocxPackage.read(documents.get(0), PackageLimits.GENERATED);
        boolean singleSections = PageNumbering.singleSection(target.body());
        for (byte[] next : documents.subList(1, documents.size())) {
            DocxPackage source = DocxPackage.read(next, PackageLimits.GENERATED);
            singleSections &= PageNumbering.singleSection(source.body());
            append(target, source);
        }
        List<String> parts = TemplateParts.names(target);
        DrawingIds.renumber(target, parts);
        if (singleSections && documents.size() > 1) {
            PageNumbering.countPagesPerSection(parts.stream().map(target::xml).toList());
        }
        return target.toBytes();
    }

    private static void append(DocxPackage target, DocxPackage source) {
        Element body = target.body();
        closeSection(body);
        PartImporter parts = new PartImporter(source, target);
        NumberingImporter numbering = new NumberingImporter(source, target);
        StyleImporter styles = new StyleImporter(source, target);
        NoteImporter footnotes = new NoteImporter(source, target, "footnote");
        NoteImporter endnotes = new NoteImporter(source, target, "endnote");
        Element firstSection = PageNumbering.firstSection(source.body());
        if (firstSection == null) {
            firstSection = Xml.newW(source.body(), "sectPr");
            source.body().appendChild(firstSection);
        }
        PageNumbering.restartAtOne(firstSection);
        for (Element block : Xml.children(source.body())) {
            Element copy = (Element) body.getOwnerDocument().importNode(block, true);
            Containers.forgetIdentity(copy);
            dropComments(copy);
            parts.remap(copy);
            numbering.remap(copy);
            styles.remap(copy);
            footnotes.remap(copy);
            endnotes.remap(copy);
            if (Xml.is(copy, Xml.W, "sectPr")) {
                // the type of a section says how it starts; the next document starts on a new page
                Xml.remove(Xml.child(copy, Xml.W, "type"));
            }
            body.appendChild(copy);
        }
    }

    /** The body's last section becomes a section break in its last paragraph, as Word writes one. */
    private static void closeSection(Element body) {
        Element sectPr = Xml.child(body, Xml.W, "sectPr");
        if (sectPr == null) {
            sectPr = Xml.newW(body, "sectPr");
        } else {
            body.removeChild(sectPr);
        }
        List<Element> blocks = Containers.blocks(body);
        Element last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
        Element pPr = Xml.is(last, Xml.W, "p") ? Xml.child(last, Xml.W, "pPr") : null;
        if (!Xml.is(last, Xml.W, "p") || Xml.child(pPr, Xml.W, "sectPr") != null) {
            last = Xml.newW(body, "p");
            body.appendChild(last);
            pPr = null;
        }
        if (pPr == null) {
            pPr = Xml.newW(body, "pPr");
            last.insertBefore(pPr, last.getFirstChild());
        }
        pPr.insertBefore(sectPr, Xml.child(pPr, Xml.W, "pPrChange"));
    }

    private static void dropComments(Element subtree) {
        for (String name : new String[] {"commentRangeStart", "commentRangeEnd", "commentReference"}) {
            Xml.descendants(subtree, Xml.W, name).forEach(Xml::remove);
        }
    }
}
