package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import ru.nastavnik.documents.internal.docx.DocxPackage;
import ru.nastavnik.documents.internal.docx.PackageLimits;
import ru.nastavnik.documents.internal.docx.Xml;

class XhtmlConversionTests {

    private static Document xhtml(byte[] docx) {
        return XhtmlConverter.convert(DocxPackage.read(docx, PackageLimits.GENERATED));
    }

    private static List<Element> all(Document html, String name) {
        return Xml.descendants(html, Html.XHTML, name);
    }

    @Test
    void theNumberSignStaysOnTheLineOfItsNumberInThePdf() {
        Document html = xhtml(TestPdf.document(
                d -> d.createParagraph().createRun().setText("приказом от 05.12.2026 № 12-о и протоколом №  3")));

        assertThat(html.getDocumentElement().getTextContent())
                .contains("приказом от 05.12.2026 №\u00A012-о")
                .contains("протоколом №\u00A03")
                .doesNotContain("№ 12");
    }

    @Test
    void paragraphsKeepAlignmentIndentationAndCharacterFormatting() {
        Document html = xhtml(TestPdf.document(d -> {
            XWPFParagraph p = d.createParagraph();
            p.setAlignment(ParagraphAlignment.BOTH);
            p.setIndentationFirstLine(709);
            p.setIndentationLeft(567);
            XWPFRun run = p.createRun();
            run.setText("Полужирный курсив");
            run.setBold(true);
            run.setItalic(true);
            run.setUnderline(UnderlinePatterns.SINGLE);
            run.setFontSize(14);
            XWPFParagraph centred = d.createParagraph();
            centred.setAlignment(ParagraphAlignment.CENTER);
            centred.createRun().setText("По центру");
        }));

        List<Element> paragraphs = all(html, "p");
        assertThat(paragraphs.get(0).getAttribute("style"))
                .contains("text-align:justify", "margin-left:28.35pt", "text-indent:35.45pt");
        assertThat(paragraphs.get(1).getAttribute("style")).contains("text-align:center");
        Element span = all(html, "span").stream()
                .filter(s -> s.getTextContent().equals("Полужирный курсив"))
                .findFirst()
                .orElseThrow();
        assertThat(span.getAttribute("style"))
                .contains("font-weight:bold", "font-style:italic", "text-decoration:underline", "font-size:14.00pt");
    }

    @Test
    void aPageBreakInsideAParagraphContinuesItOnTheNextPage() {
        Document html = xhtml(TestPdf.document(d -> {
            XWPFRun run = d.createParagraph().createRun();
            run.setText("до");
            run.addBreak(BreakType.PAGE);
            run.setText("после", 1);
        }));

        List<Element> paragraphs = all(html, "p");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1).getAttribute("style")).contains("page-break-before:always");
        assertThat(paragraphs.get(1).getTextContent()).isEqualTo("после");
    }

    @Test
    void mergedCellsBecomeSpansAndBordersAndWidthsAreKept() {
        Document html = xhtml(TestPdf.document(d -> {
            XWPFTable table = d.createTable(3, 2);
            var grid = table.getCTTbl().addNewTblGrid();
            grid.addNewGridCol().setW(BigInteger.valueOf(2000));
            grid.addNewGridCol().setW(BigInteger.valueOf(3000));
            table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            table.getRow(0).removeCell(1);
            table.getRow(0).getCell(0).setText("Заголовок");
            table.getRow(1).getCell(0).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewVMerge();
            table.getRow(1).getCell(1).setText("Ячейка");
        }));

        List<Element> cells = all(html, "td");
        assertThat(cells).hasSize(4);
        assertThat(cells.get(0).getAttribute("colspan")).isEqualTo("2");
        assertThat(cells.get(1).getAttribute("rowspan")).isEqualTo("2");
        assertThat(cells.get(0).getAttribute("style")).contains("border-top:0.50pt solid");
        assertThat(all(html, "col").get(0).getAttribute("style")).isEqualTo("width:100.00pt;");
        assertThat(all(html, "table").get(0).getAttribute("style")).contains("width:250.00pt");
    }

    @Test
    void numberedParagraphsGetTheirNumbers() {
        Document html = xhtml(TestPdf.document(d -> {
            XWPFNumbering numbering = d.createNumbering();
            CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
            definition.setAbstractNumId(BigInteger.ONE);
            CTLvl level = definition.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(STNumberFormat.RUSSIAN_LOWER);
            level.addNewLvlText().setVal("%1)");
            BigInteger list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
            for (String item : List.of("первое", "второе", "третье")) {
                XWPFParagraph p = d.createParagraph();
                p.setNumID(list);
                p.createRun().setText(item);
            }
        }));

        assertThat(all(html, "p"))
                .extracting(Element::getTextContent)
                .containsExactly("а)\u00A0первое", "б)\u00A0второе", "в)\u00A0третье");
    }

    @Test
    void listLabelsFollowWordsFormats() {
        assertThat(ListLabels.format(4, "upperRoman")).isEqualTo("IV");
        assertThat(ListLabels.format(28, "lowerLetter")).isEqualTo("bb");
        assertThat(ListLabels.format(7, "decimalZero")).isEqualTo("07");
        assertThat(ListLabels.format(10, "russianUpper")).isEqualTo("К");
    }
}
