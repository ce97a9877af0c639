package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.PdfRenderer;
import ru.nastavnik.documents.TemplateBuilder;

class PdfBatchTests {

    @Test
    void documentsWithoutPageNumbersAreLaidOutTogetherYetEachStartsOnItsOwnPage() throws Exception {
        List<byte[]> documents = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            documents.add(TemplateBuilder.a4()
                    .centered("СОГЛАСИЕ № " + i, true)
                    .justified("Текст согласия " + i)
                    .build());
        }
        AtomicInteger progress = new AtomicInteger();

        byte[] pdf = PdfRenderer.fromDocx(documents, done -> progress.accumulateAndGet(done, Math::max));

        assertThat(progress.get()).isEqualTo(30);
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(30);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page : new int[] {1, 17, 30}) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document).replace("№\u00A0", "№ "))
                        .contains("СОГЛАСИЕ № " + page)
                        .contains("Текст согласия " + page);
            }
        }
    }
}
