package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.PackageLimits;
import ru.nastavnik.documents.internal.docx.WordLikeDocx;
import ru.nastavnik.documents.internal.docx.Xml;

class WordStylesInPdfTests {

    private static final byte[] FILLED = DocxTemplates.render(
            new ByteArrayInputStream(WordLikeDocx.consent()),
            Map.of(
                    "person",
                    Map.of("fullName", "Иванова Мария Петровна"),
                    "organisation",
                    Map.of("name", "МБОУ «СОШ № 1»"),
                    "purposes",
                    List.of("наставничество")));

    @Test
    void stylesDefaultsAndTableStyleBordersAreApplied() {
        Document html = XhtmlConverter.convert(DocxPackage.read(FILLED, PackageLimits.GENERATED));

        List<Element> paragraphs = Xml.descendants(html, Html.XHTML, "p").stream()
                .filter(p -> p.getTextContent().startsWith("Согласие")
                        || p.getTextContent().startsWith("Я,"))
                .toList();
        assertThat(paragraphs.get(0).getAttribute("style")).contains("text-align:center", "font-size:16.00pt");
        assertThat(paragraphs.get(1).getAttribute("style"))
                .contains("text-align:justify", "font-size:14.00pt", "padding-bottom:8.00pt");
        Element title = Xml.descendants(paragraphs.get(0), Html.XHTML, "span").get(0);
        assertThat(title.getAttribute("style")).contains("font-weight:bold");
        Element cell = Xml.descendants(html, Html.XHTML, "td").get(0);
        assertThat(cell.getAttribute("style")).contains("border-top:0.50pt solid #000000", "padding:0.00pt 5.40pt");
    }

    @Test
    void theFooterShowsThePageNumberInsteadOfTheStoredFieldResult() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(FILLED))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains(
                            "Согласие на обработку персональных данных",
                            "Иванова Мария Петровна",
                            "стр. 1",
                            "наставничество");
        }
    }
}
