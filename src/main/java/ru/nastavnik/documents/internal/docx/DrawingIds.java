package ru.nastavnik.documents.internal.docx;

import java.util.List;
import org.w3c.dom.Element;

/**
 * Pictures carry a drawing id ({@code wp:docPr/@id}) that Word wants unique in the document; a repeated row or
 * block repeats its pictures, so the ids are handed out afresh. Nothing refers to them.
 */
final class DrawingIds {

    private DrawingIds() {}

    static void renumber(DocxPackage docx, List<String> parts) {
        int next = 1;
        for (String part : parts) {
            for (Element properties : Xml.descendants(docx.xml(part), Xml.WP, "docPr")) {
                properties.setAttribute("id", String.valueOf(next++));
            }
        }
    }
}
