package ru.nastavnik.documents.internal.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import ru.nastavnik.documents.TemplateException;

/**
 * A DOCX held in memory as its parts. XML parts are parsed on first use and written back from their DOM, every
 * other part is copied byte for byte. POI's package layer is not used for reading: its zip-bomb limits are
 * JVM-wide settings that other code may change, while these limits belong to this reader.
 */
public final class DocxPackage {

    static final String DOCUMENT_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    private final Map<String, byte[]> entries;
    private final Map<String, Document> parsed = new HashMap<>();
    private final String mainPart;

    private DocxPackage(Map<String, byte[]> entries) {
        this.entries = entries;
        this.mainPart = findMainPart();
    }

    /** An uploaded template: at most {@link PackageLimits#UPLOAD}. */
    public static DocxPackage read(InputStream in) {
        return read(PackageReader.readAll(in, PackageLimits.UPLOAD), PackageLimits.UPLOAD);
    }

    public static DocxPackage read(byte[] archive, PackageLimits limits) {
        return new DocxPackage(PackageReader.unzip(archive, limits));
    }

    public String mainPart() {
        return mainPart;
    }

    public Element body() {
        Element body = Xml.child(xml(mainPart).getDocumentElement(), Xml.W, "body");
        if (body == null) {
            throw new TemplateException(MessageKeys.CORRUPT);
        }
        return body;
    }

    public boolean has(String part) {
        return entries.containsKey(part);
    }

    public Document xml(String part) {
        Document document = parsed.get(part);
        if (document == null) {
            byte[] content = entries.get(part);
            if (content == null) {
                throw new TemplateException(MessageKeys.CORRUPT);
            }
            document = Xml.parse(content);
            parsed.put(part, document);
        }
        return document;
    }

    public byte[] bytes(String part) {
        Document document = parsed.get(part);
        return document != null ? Xml.serialize(document) : entries.get(part);
    }

    void put(String part, byte[] content, String contentType) {
        entries.put(part, content);
        parsed.remove(part);
        contentTypes().register(part, contentType);
    }

    void put(String part, Document document, String contentType) {
        entries.put(part, new byte[0]);
        parsed.put(part, document);
        contentTypes().register(part, contentType);
    }

    public Relationships relationships(String part) {
        String name = Relationships.partName(part);
        if (!entries.containsKey(name)) {
            entries.put(name, new byte[0]);
            parsed.put(name, Relationships.empty());
        }
        return new Relationships(part, xml(name));
    }

    public String contentType(String part) {
        return contentTypes().of(part);
    }

    ContentTypes contentTypes() {
        return new ContentTypes(xml(ContentTypes.PART));
    }

    /** The parts of the main document's headers and footers, the other places where placeholders live. */
    List<String> headersAndFooters() {
        Relationships relationships = relationships(mainPart);
        List<String> parts = new ArrayList<>();
        for (Relationships.Relationship r : relationships.all()) {
            String part = relationships.partOf(r);
            if (!r.external()
                    && (r.type().equals(Relationships.HEADER) || r.type().equals(Relationships.FOOTER))
                    && entries.containsKey(part)
                    && !parts.contains(part)) {
                parts.add(part);
            }
        }
        return parts;
    }

    /** A name not yet taken, close to the one wanted: {@code word/media/image1.png} → {@code …image1_2.png}. */
    String freeName(String wanted) {
        if (!entries.containsKey(wanted)) {
            return wanted;
        }
        int dot = wanted.lastIndexOf('.');
        String stem = dot > wanted.lastIndexOf('/') ? wanted.substring(0, dot) : wanted;
        String extension = dot > wanted.lastIndexOf('/') ? wanted.substring(dot) : "";
        for (int n = 2; ; n++) {
            String candidate = stem + "_" + n + extension;
            if (!entries.containsKey(candidate)) {
                return candidate;
            }
        }
    }

    Map<String, byte[]> rawEntries() {
        return entries;
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Map<String, byte[]> ordered = new LinkedHashMap<>();
            ordered.put(ContentTypes.PART, null);
            ordered.putAll(entries);
            for (String name : ordered.keySet()) {
                ZipEntry entry = new ZipEntry(name);
                entry.setTime(0L);
                zip.putNextEntry(entry);
                zip.write(bytes(name));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write a DOCX to memory", e);
        }
        return out.toByteArray();
    }

    private String findMainPart() {
        if (!entries.containsKey(ContentTypes.PART) || !entries.containsKey("_rels/.rels")) {
            throw new TemplateException(MessageKeys.NOT_DOCX);
        }
        Relationships root = new Relationships("", xml("_rels/.rels"));
        String main = root.all().stream()
                .filter(r -> r.type().equals(Relationships.OFFICE_DOCUMENT) && !r.external())
                .map(root::partOf)
                .filter(entries::containsKey)
                .findFirst()
                .orElseThrow(() -> new TemplateException(MessageKeys.NOT_DOCX));
        // a workbook, a presentation, a macro-enabled or a Strict-format document: none is a DOCX to fill
        if (!DOCUMENT_TYPE.equals(contentTypes().of(main))
                || !Xml.is(xml(main).getDocumentElement(), Xml.W, "document")) {
            throw new TemplateException(MessageKeys.NOT_DOCX);
        }
        return main;
    }
}
