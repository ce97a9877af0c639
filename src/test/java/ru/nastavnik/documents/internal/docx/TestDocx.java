package ru.nastavnik.documents.internal.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Documents built with POI for the tests, and POI's reading of what the engine wrote. */
final class TestDocx {

    private TestDocx() {}

    static byte[] document(Consumer<XWPFDocument> content) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(document);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document of one paragraph per line, each line a single run. */
    static byte[] paragraphs(String... lines) {
        return document(d -> {
            for (String line : lines) {
                paragraph(d, line);
            }
        });
    }

    static XWPFParagraph paragraph(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.createRun().setText(text);
        return paragraph;
    }

    static InputStream stream(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All text as POI sees it: body, tables, headers and footers. */
    static String text(byte[] docx) {
        try (XWPFDocument document = open(docx);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body's non-empty paragraphs as text. */
    static List<String> lines(byte[] docx) {
        return open(docx).getParagraphs().stream()
                .map(XWPFParagraph::getText)
                .filter(t -> !t.isEmpty())
                .toList();
    }

    static Map<String, Object> model(Object... keysAndValues) {
        Map<String, Object> model = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            model.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return model;
    }
}
