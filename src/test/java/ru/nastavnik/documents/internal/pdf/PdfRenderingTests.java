package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.TemplateException;
import ru.nastavnik.documents.internal.docx.DocxBuilder;

class PdfRenderingTests {

    private static final byte[] CONSENT = DocxBuilder.a4()
            .header("{{organisation}}", DocxBuilder.Align.CENTER)
            .heading("Согласие на обработку персональных данных")
            .paragraph("Я, {{fullName}}, даю согласие {{organisation}} на обработку моих персональных данных.")
            .table(
                    new int[] {15, 80, 70},
                    List.of("№", "Цель обработки", "Срок"),
                    "purposes",
                    List.of("{{index}}", "{{item.purpose}}", "{{item.term}}"))
            .paragraph("Подпись: ____________ {{note}}", DocxBuilder.Align.LEFT, false)
            .build();

    private static byte[] consent(String fullName) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("organisation", "МБОУ «СОШ № 1»");
        model.put("fullName", fullName);
        model.put("note", "<b>Тест</b> & {{x}}");
        model.put(
                "purposes", List.of(Map.of("purpose", "участие в программе наставничества", "term", "до 31.08.2026")));
        return DocxTemplates.render(new ByteArrayInputStream(CONSENT), model);
    }

    @Test
    void cyrillicTextComesOutOfThePdfExactlyAndNeverAsHashes() {
        String text = text(PdfRenderer.fromDocx(consent("Иванова Мария Петровна")));

        assertThat(text)
                .contains("Согласие на обработку персональных данных", "Иванова Мария Петровна", "МБОУ «СОШ № 1»")
                .doesNotContain("#");
    }

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(consent("Иванова Мария Петровна")))) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });
        }
    }

    @Test
    void tableCellsAndValuesWithMarkupCharactersArePrinted() {
        String text = text(PdfRenderer.fromDocx(consent("Иванова Мария Петровна")));

        assertThat(text)
                .contains(
                        "Цель обработки", "участие в программе наставничества", "до 31.08.2026", "<b>Тест</b> & {{x}}");
    }

    @Test
    void picturesAreEmbedded() throws IOException {
        byte[] docx = TestPdf.document(d -> {
            try {
                d.createParagraph()
                        .createRun()
                        .addPicture(
                                new ByteArrayInputStream(png()),
                                Document.PICTURE_TYPE_PNG,
                                "logo.png",
                                Units.toEMU(40),
                                Units.toEMU(40));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(docx))) {
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : pdf.getPage(0).getResources().getXObjectNames()) {
                if (pdf.getPage(0).getResources().getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
        }
    }

    @Test
    void somethingThatIsNotADocxIsRefused() {
        assertThatThrownBy(() -> PdfRenderer.fromDocx("not a document".getBytes()))
                .isInstanceOf(TemplateException.class);
    }

    private static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace("№\u00A0", "№ ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            image.setRGB(1, 1, 0xFF0000);
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
