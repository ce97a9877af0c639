package ru.nastavnik.documents.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Documents built with POI for the PDF tests, and the text PDFBox reads back. */
final class TestPdf {

    private TestPdf() {}

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

    static String pageText(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        // «№» is kept with its number by a non-breaking space (XhtmlConversionTests): read as the words it joins
        return stripper.getText(pdf).replace("№\u00A0", "№ ");
    }
}
