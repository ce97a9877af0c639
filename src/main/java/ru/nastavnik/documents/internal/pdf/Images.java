package ru.nastavnik.documents.internal.pdf;

import java.util.Base64;
import java.util.Set;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.Relationships;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * Pictures of a part (the body, a header) as images embedded in the XHTML. Formats the PDF renderer cannot draw
 * (EMF, WMF, SVG) are left out; floating pictures are placed inline where they are anchored.
 */
final class Images {

    private static final Set<String> DRAWABLE = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

    private final DocxPackage docx;
    private final Relationships relationships;

    Images(DocxPackage docx, String part) {
        this.docx = docx;
        this.relationships = docx.relationships(part);
    }

    /** An {@code img} for a {@code w:drawing}, or null. */
    Element image(Html html, Element drawing) {
        Element extent =
                Xml.descendants(drawing, Xml.WP, "extent").stream().findFirst().orElse(null);
        Element blip =
                Xml.descendants(drawing, Xml.A, "blip").stream().findFirst().orElse(null);
        String id = blip == null ? null : Xml.attr(blip, Xml.R, "embed");
        Relationships.Relationship relationship = id == null ? null : relationships.byId(id);
        if (extent == null || relationship == null || relationship.external()) {
            return null;
        }
        String part = relationships.partOf(relationship);
        String type = docx.contentType(part);
        if (!docx.has(part) || type == null || !DRAWABLE.contains(type)) {
            return null;
        }
        Element img = html.element(
                "img",
                "width:" + Units.pt(Units.emu(extent.getAttribute("cx"))) + ";height:"
                        + Units.pt(Units.emu(extent.getAttribute("cy"))) + ";");
        img.setAttribute(
                "src", "data:" + type + ";base64," + Base64.getEncoder().encodeToString(docx.bytes(part)));
        return img;
    }
}
