package ru.nastavnik.documents.internal.pdf;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.Xml;

/**
 * The XHTML document being written. Document text only ever becomes DOM text nodes, and CSS only ever carries
 * numbers and whitelisted words, so nothing in a DOCX can inject markup, styles or resource fetches.
 */
final class Html {

    static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final Document document = Xml.newDocument();

    Document document() {
        return document;
    }

    Element element(String name) {
        return document.createElementNS(XHTML, name);
    }

    Element element(String name, String style) {
        Element element = element(name);
        if (style != null && !style.isEmpty()) {
            element.setAttribute("style", style);
        }
        return element;
    }

    Element append(Element parent, String name, String style) {
        Element element = element(name, style);
        parent.appendChild(element);
        return element;
    }

    void text(Element parent, String text) {
        parent.appendChild(document.createTextNode(text));
    }
}
