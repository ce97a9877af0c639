package ru.nastavnik.documents.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.documents.internal.docx.TestDocx.model;
import static ru.nastavnik.documents.internal.docx.TestDocx.open;
import static ru.nastavnik.documents.internal.docx.TestDocx.stream;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import ru.nastavnik.documents.DocxTemplates;

class DocxConcatenationTests {

    private static final byte[] CONSENT = TestDocx.document(d -> {
        XWPFNumbering numbering = d.createNumbering();
        CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
        definition.setAbstractNumId(BigInteger.ONE);
        CTLvl level = definition.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
        level.addNewLvlText().setVal("%1.");
        BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(definition)));
        TestDocx.paragraph(d, "Согласие {{person}}");
        for (String purpose : List.of("обработка", "хранение")) {
            TestDocx.paragraph(d, purpose).setNumID(numId);
        }
        try {
            d.createParagraph()
                    .createRun()
                    .addPicture(
                            new ByteArrayInputStream(png()),
                            Document.PICTURE_TYPE_PNG,
                            "logo.png",
                            Units.toEMU(20),
                            Units.toEMU(20));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        d.createHeader(HeaderFooterType.DEFAULT).createParagraph().createRun().setText("МБОУ «СОШ № 1»");
    });

    @Test
    void threeDocumentsBecomeThreeSectionsEachStartingOnANewPage() {
        List<byte[]> parts = Stream.of("Иванова", "Петров", "Сидоров")
                .map(name -> DocxTemplates.render(stream(CONSENT), model("person", name)))
                .toList();

        XWPFDocument joined = open(DocxTemplates.concatenate(parts));

        List<String> consents = joined.getParagraphs().stream()
                .map(XWPFParagraph::getText)
                .filter(t -> t.startsWith("Согласие"))
                .toList();
        assertThat(consents).containsExactly("Согласие Иванова", "Согласие Петров", "Согласие Сидоров");
        long breaks = joined.getParagraphs().stream()
                .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                .count();
        assertThat(breaks).isEqualTo(2);
        assertThat(joined.getDocument().getBody().getSectPr()).isNotNull();
    }

    @Test
    void numberedListsStartAgainInEachPart() {
        List<byte[]> parts = List.of(CONSENT, CONSENT, CONSENT);

        XWPFDocument joined = open(DocxTemplates.concatenate(parts));

        List<BigInteger> lists = joined.getParagraphs().stream()
                .map(XWPFParagraph::getNumID)
                .filter(id -> id != null)
                .distinct()
                .toList();
        assertThat(lists).hasSize(3);
        List<BigInteger> definitions = lists.stream()
                .map(id -> joined.getNumbering()
                        .getNum(id)
                        .getCTNum()
                        .getAbstractNumId()
                        .getVal())
                .distinct()
                .toList();
        assertThat(definitions).hasSize(3);
    }

    @Test
    void equalPicturesAndHeadersAreStoredOnceAndEveryReferenceResolves() {
        XWPFDocument joined = open(DocxTemplates.concatenate(List.of(CONSENT, CONSENT, CONSENT)));

        assertThat(joined.getAllPictures()).hasSize(1);
        assertThat(joined.getHeaderList()).hasSize(1);
        assertThat(joined.getParagraphs().stream()
                        .flatMap(p -> p.getRuns().stream())
                        .flatMap(r -> r.getEmbeddedPictures().stream()))
                .hasSize(3)
                .allSatisfy(picture -> assertThat(picture.getPictureData()).isNotNull());
    }

    @Test
    void eachPartNumbersItsOwnPages() {
        byte[] withPageCount = TestDocx.document(d -> {
            XWPFParagraph footer = d.createFooter(HeaderFooterType.DEFAULT).createParagraph();
            footer.getCTP().addNewFldSimple().setInstr(" PAGE ");
            footer.getCTP().addNewFldSimple().setInstr(" NUMPAGES ");
            TestDocx.paragraph(d, "Согласие");
        });

        XWPFDocument joined = open(DocxTemplates.concatenate(List.of(withPageCount, withPageCount, withPageCount)));

        List<String> starts = joined.getParagraphs().stream()
                .filter(p -> p.getCTP().getPPr() != null && p.getCTP().getPPr().getSectPr() != null)
                .map(p -> p.getCTP().getPPr().getSectPr().getPgNumType())
                .map(n -> n == null ? "none" : String.valueOf(n.getStart()))
                .toList();
        assertThat(starts).containsExactly("none", "1");
        assertThat(joined.getDocument().getBody().getSectPr().getPgNumType().getStart())
                .isEqualTo(BigInteger.ONE);
        assertThat(joined.getFooterList()).hasSize(1);
        assertThat(joined.getFooterList().get(0).getParagraphs().get(0).getCTP().xmlText())
                .contains("SECTIONPAGES")
                .doesNotContain("NUMPAGES");
    }

    @Test
    void oneDocumentComesBackAsItWas() {
        assertThat(TestDocx.text(DocxTemplates.concatenate(List.of(CONSENT)))).isEqualTo(TestDocx.text(CONSENT));
    }

    private static byte[] png() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
