package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static ru.nastavnik.documents.internal.pdf.TestPdf.document;
import static ru.nastavnik.documents.internal.pdf.TestPdf.pageText;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.internal.docx.DocxBuilder;

/** Pages: their size, their numbers, and documents that each start on a page of their own. */
class PdfPagesTests {

    private static final byte[] CONSENT = DocxBuilder.a4()
            .header("{{organisation}}", DocxBuilder.Align.CENTER)
            .paragraph("Я, {{fullName}}, даю согласие {{organisation}} на обработку моих персональных данных.")
            .build();

    private static byte[] consent(String fullName) {
        return DocxTemplates.render(
                new ByteArrayInputStream(CONSENT), Map.of("organisation", "МБОУ «СОШ № 1»", "fullName", fullName));
    }

    @Test
    void concatenatedDocumentsStartOnPagesOfTheirOwn() throws IOException {
        byte[] batch = DocxTemplates.concatenate(List.of(
                consent("Иванова Мария Петровна"),
                consent("Петров Иван Сергеевич"),
                consent("Сидорова Анна Олеговна")));

        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(batch))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pageText(pdf, 2)).contains("Петров Иван Сергеевич").doesNotContain("Иванова");
            assertThat(pageText(pdf, 3)).contains("Сидорова Анна Олеговна", "МБОУ «СОШ № 1»");
        }
    }

    @Test
    void pageNumberFieldsAreCountedOnEachPage() throws IOException {
        byte[] docx = document(d -> {
            XWPFParagraph footer = d.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.createRun().setText("стр. ");
            footer.getCTP().addNewFldSimple().setInstr(" PAGE ");
            footer.createRun().setText(" из ");
            footer.getCTP().addNewFldSimple().setInstr("NUMPAGES");
            d.createParagraph().createRun().setText("Первая страница");
            d.createParagraph().createRun().addBreak(BreakType.PAGE);
            d.createParagraph().createRun().setText("Вторая страница");
        });

        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(docx))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(2);
            assertThat(pageText(pdf, 1)).contains("Первая страница", "стр. 1 из 2");
            assertThat(pageText(pdf, 2)).contains("Вторая страница", "стр. 2 из 2");
        }
    }

    @Test
    void aBatchOfDocumentsNumbersThePagesOfEachOnItsOwn() throws IOException {
        byte[] docx = document(d -> {
            XWPFParagraph footer = d.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.createRun().setText("стр. ");
            footer.getCTP().addNewFldSimple().setInstr("PAGE");
            footer.createRun().setText(" из ");
            footer.getCTP().addNewFldSimple().setInstr("NUMPAGES");
            d.createParagraph().createRun().setText("Согласие");
        });

        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(List.of(docx, docx, docx)))) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(3);
            assertThat(pageText(pdf, 3)).contains("Согласие", "стр. 1 из 1");
        }
    }

    @Test
    void pageSizeAndOrientationComeFromTheDocument() throws IOException {
        byte[] docx = document(d -> {
            d.createParagraph().createRun().setText("Альбомный лист");
            CTSectPr section = d.getDocument().getBody().addNewSectPr();
            section.addNewPgSz().setW(BigInteger.valueOf(16838));
            section.getPgSz().setH(BigInteger.valueOf(11906));
        });

        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(docx))) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(841.9f, within(1f));
            assertThat(pdf.getPage(0).getMediaBox().getHeight()).isCloseTo(595.3f, within(1f));
        }
    }
}
