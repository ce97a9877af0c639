package ru.nastavnik.documents.internal.docx;

import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code [Content_Types].xml}: what each part is, by explicit override or by the extension of its name. */
final class ContentTypes {

    static final String PART = "[Content_Types].xml";

    private final Document xml;

    ContentTypes(Document xml) {
        this.xml = xml;
    }

    String of(String part) {
        Element root = xml.getDocumentElement();
        for (Element override : Xml.children(root, Xml.CONTENT_TYPES, "Override")) {
            if (override.getAttribute("PartName").equalsIgnoreCase("/" + part)) {
                return override.getAttribute("ContentType");
            }
        }
        String extension = part.substring(part.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        for (Element fallback : Xml.children(root, Xml.CONTENT_TYPES, "Default")) {
            if (fallback.getAttribute("Extension").toLowerCase(Locale.ROOT).equals(extension)) {
                return fallback.getAttribute("ContentType");
            }
        }
        return null;
    }

    void register(String part, String contentType) {
        if (contentType == null || contentType.equals(of(part))) {
            return;
        }
        Element override = xml.createElementNS(Xml.CONTENT_TYPES, "Override");
        override.setAttribute("PartName", "/" + part);
        override.setAttribute("ContentType", contentType);
        xml.getDocumentElement().appendChild(override);
    }
}
