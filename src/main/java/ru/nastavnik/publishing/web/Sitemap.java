package ru.nastavnik.publishing.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import ru.nastavnik.publishing.internal.PublicDocumentView;
import ru.nastavnik.publishing.internal.PublicSection;

/**
 * The section's sitemap (sitemaps.org 0.9) for search engines: the section, its version for the visually impaired,
 * every published news item and shown document — written by StAX, so no title can break the XML. Only canonical
 * addresses: a roadmap stage's news ({@code ?stage=}), like a school or topic filter or a page number, is a view of
 * the same items, each already listed by its own address; such a page names the section as its
 * {@code rel="canonical"}, so a search engine indexes the section once, not eight times (docs/public-pages.md).
 */
final class Sitemap {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {}

    static String of(String home, PublicSection section, List<PublicDocumentView> documents) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NAMESPACE);
            Instant newest =
                    section.news().isEmpty() ? null : section.news().get(0).updatedAt();
            url(xml, home, newest);
            url(xml, home + PublicPagesController.ACCESSIBLE_PATH, newest);
            for (var news : section.news()) {
                url(xml, home + "/news/" + news.id(), news.updatedAt());
            }
            for (PublicDocumentView document : documents) {
                url(xml, home + "/documents/" + document.id(), document.updatedAt());
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void url(XMLStreamWriter xml, String location, Instant modified) throws XMLStreamException {
        xml.writeStartElement("url");
        xml.writeStartElement("loc");
        xml.writeCharacters(location);
        xml.writeEndElement();
        if (modified != null) {
            xml.writeStartElement("lastmod");
            xml.writeCharacters(
                    DateTimeFormatter.ISO_INSTANT.format(modified.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}
