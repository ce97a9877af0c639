package ru.nastavnik.documents.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.helpers.DefaultHandler;
import ru.nastavnik.documents.TemplateException;

/**
 * DOM helpers for the parts of a DOCX. Templates come from outside, so parsing refuses DOCTYPEs (no external
 * entities, no entity expansion bombs); Word never writes one.
 */
public final class Xml {

    public static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    public static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static final String WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    public static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    static final String VML_OFFICE = "urn:schemas-microsoft-com:office:office";
    static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final int MAX_DEPTH = 256;

    private Xml() {}

    public static Document parse(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            // Word nests a few dozen levels at most; thousands would only serve to exhaust the stack of the
            // recursive walks over the document
            factory.setAttribute("http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints every parse error to stderr before throwing
            builder.setErrorHandler(new DefaultHandler());
            return builder.parse(new ByteArrayInputStream(bytes));
        } catch (Exception e) {
            throw TemplateException.causedBy(e, MessageKeys.CORRUPT);
        }
    }

    public static Document newDocument() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new IllegalStateException("No XML DOM implementation", e);
        }
    }

    public static byte[] serialize(Document document) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
            // Word writes standalone="yes"; without this the DOM would declare "no"
            document.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write a document part", e);
        }
    }

    public static boolean is(Node node, String namespace, String localName) {
        return node instanceof Element
                && namespace.equals(node.getNamespaceURI())
                && localName.equals(node.getLocalName());
    }

    /** Element children; none for a missing parent, as optional Word properties often are. */
    public static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    public static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        if (parent == null) {
            return result;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, namespace, localName)) {
                result.add((Element) n);
            }
        }
        return result;
    }

    /** The first child of that name, or null. */
    public static Element child(Element parent, String namespace, String localName) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (is(n, namespace, localName)) {
                return (Element) n;
            }
        }
        return null;
    }

    /** A snapshot: the DOM's own list is live and changes under an edit. */
    public static List<Element> descendants(Node root, String namespace, String localName) {
        NodeList nodes = root instanceof Document d
                ? d.getElementsByTagNameNS(namespace, localName)
                : ((Element) root).getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>(nodes.getLength());
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The attribute's value, or null when it is absent (the DOM itself answers "" for both). */
    public static String attr(Element element, String namespace, String localName) {
        if (element == null || !element.hasAttributeNS(namespace, localName)) {
            return null;
        }
        return element.getAttributeNS(namespace, localName);
    }

    /** A WordprocessingML attribute such as {@code w:val}. */
    public static String w(Element element, String localName) {
        return attr(element, W, localName);
    }

    /** A new WordprocessingML element, spelled with the prefix the part already uses for the namespace. */
    public static Element newW(Element near, String localName) {
        String prefix = near.lookupPrefix(W);
        String qualified = prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName;
        return near.getOwnerDocument().createElementNS(W, qualified);
    }

    public static void setW(Element element, String localName, String value) {
        String prefix = element.lookupPrefix(W);
        element.setAttributeNS(W, prefix == null || prefix.isEmpty() ? localName : prefix + ":" + localName, value);
    }

    /** Word drops leading and trailing spaces of a {@code w:t} unless told to keep them. */
    public static void setText(Element text, String value) {
        text.setTextContent(value);
        text.setAttributeNS(XML_NAMESPACE, "xml:space", "preserve");
    }

    public static void remove(Node node) {
        if (node != null && node.getParentNode() != null) {
            node.getParentNode().removeChild(node);
        }
    }
}
