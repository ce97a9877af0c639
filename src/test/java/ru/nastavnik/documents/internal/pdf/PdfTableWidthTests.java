package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Rectangle2D;
import java.math.BigInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import ru.nastavnik.documents.PdfRenderer;

/** A school's own template may hold a table wider than its page; the PDF narrows it to the text width. */
class PdfTableWidthTests {

    @Test
    void aTableWiderThanThePageIsNarrowedSoThatItsLastColumnIsOnThePaper() throws Exception {
        byte[] docx = TestPdf.document(document -> {
            XWPFTable table = document.createTable(2, 3);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                    ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int i = 0; i < 3; i++) {
                grid.addNewGridCol().setW(BigInteger.valueOf(5100)); // 90 mm each: 270 mm on a 210 mm sheet
            }
            table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
            table.getRow(0).getCell(0).setText("Мероприятие");
            table.getRow(0).getCell(1).setText("Срок");
            table.getRow(0).getCell(2).setText("Отметка о выполнении");
            table.getRow(1).getCell(2).setText("выполнено");
        });

        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(docx))) {
            PDPage page = pdf.getPage(0);
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion(
                    "paper",
                    new Rectangle2D.Float(
                            0,
                            0,
                            page.getMediaBox().getWidth(),
                            page.getMediaBox().getHeight()));
            stripper.extractRegions(page);
            assertThat(stripper.getTextForRegion("paper")).contains("Мероприятие", "Отметка о выполнении", "выполнено");
        }
    }
}
