package ru.nastavnik.documents.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import ru.nastavnik.documents.PdfRenderer;

class HyphenationTests {

    private static String shown(String hyphenated) {
        return hyphenated.replace(Hyphenation.SOFT_HYPHEN, '|');
    }

    @Test
    void aLongWordIsSplitBetweenItsSyllablesWhereARussianReaderExpects() {
        assertThat(shown(Hyphenation.hyphenate("профессиональных"))).isEqualTo("про|фес|си|о|наль|ных");
        assertThat(shown(Hyphenation.hyphenate("Наставничество"))).isEqualTo("На|став|ни|че|ство");
        assertThat(shown(Hyphenation.hyphenate("программа"))).isEqualTo("про|грам|ма");
        assertThat(shown(Hyphenation.hyphenate("сотрудничество"))).isEqualTo("со|труд|ни|че|ство");
        assertThat(shown(Hyphenation.hyphenate("обучающихся"))).isEqualTo("обу|ча|ю|щих|ся");
        assertThat(shown(Hyphenation.hyphenate("сильнейший"))).isEqualTo("силь|ней|ший");
    }

    @Test
    void aPrefixKeepsItsConsonantAndTheSignsStayWithTheLetterBefore() {
        assertThat(shown(Hyphenation.hyphenate("воспитание"))).isEqualTo("вос|пи|та|ние");
        assertThat(shown(Hyphenation.hyphenate("подготовка"))).isEqualTo("под|го|тов|ка");
        assertThat(shown(Hyphenation.hyphenate("объявление"))).startsWith("объ|я");
        assertThat(shown(Hyphenation.hyphenate("деятельности"))).isEqualTo("де|я|тель|но|сти");
    }

    @Test
    void noLineStartsOrEndsWithOneLetterAndEveryPartHasAVowel() {
        assertThat(shown(Hyphenation.hyphenate("аудитория"))).isEqualTo("ау|ди|то|рия");
        assertThat(shown(Hyphenation.hyphenate("оценивания"))).isEqualTo("оце|ни|ва|ния");
    }

    @Test
    void shortWordsAbbreviationsLatinAndHandHyphenatedWordsAreLeftAsTyped() {
        assertThat(Hyphenation.hyphenate("план на год")).isEqualTo("план на год");
        assertThat(Hyphenation.hyphenate("МБОУ «СОШ № 1», ФГОС ООО")).isEqualTo("МБОУ «СОШ № 1», ФГОС ООО");
        assertThat(Hyphenation.hyphenate("mentorship programme")).isEqualTo("mentorship programme");
        String byHand = "настав" + Hyphenation.SOFT_HYPHEN + "ничество";
        assertThat(Hyphenation.hyphenate(byHand)).isEqualTo(byHand);
        String once = Hyphenation.hyphenate("научно-методической работы");
        assertThat(Hyphenation.hyphenate(once)).isEqualTo(once);
        assertThat(once.replace(String.valueOf(Hyphenation.SOFT_HYPHEN), "")).isEqualTo("научно-методической работы");
    }

    /** Russian typesetting does not break a person's name («Па-вловна» in a familiarisation sheet, session 33). */
    @Test
    void aPersonsNameIsNeverBrokenWhileASentencesFirstWordIs() {
        for (String name : new String[] {
            "Соловьёва Вера Павловна", "Петров-Водкин Андрей Сергеевич", "Кузнецовой Людмиле Фёдоровне,",
            "Мамедова Айгюнь Рустам кызы", "Иванова\u00A0Н.\u00A0А.", "Королёва-Зайцева Д. И."
        }) {
            assertThat(Hyphenation.hyphenate(name)).as(name).isEqualTo(name);
        }
        assertThat(shown(Hyphenation.hyphenate("Организационная встреча наставника")))
                .isEqualTo("Ор|га|ни|за|ци|он|ная встре|ча на|став|ни|ка");
        assertThat(shown(Hyphenation.hyphenate("Сергеевич"))).isEqualTo("Сер|ге|е|вич");
    }

    @Test
    void aWordTooLongForItsColumnBreaksWithAHyphenBetweenSyllables() throws Exception {
        String text = narrowColumn("развитие профессиональных компетенций");

        String joined = text.replaceAll("-\\R", "").replaceAll("\\s+", " ").trim();
        assertThat(joined).contains("развитие профессиональных компетенций");
        // a line that ends inside a word ends with the hyphen: never «пр / офессиональных»
        assertThat(text).doesNotContainPattern("[а-я]\\R[а-я]").containsPattern("[а-я]-\\R[а-я]");
    }

    @Test
    void aWordThatFitsShowsNoHyphenAndNoInvisibleCharacter() throws Exception {
        byte[] docx = TestPdf.document(document -> {
            XWPFTable table = document.createTable(1, 1);
            table.getRow(0).getCell(0).setText("Профессиональное развитие наставляемого");
        });
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(docx))) {
            String text = TestPdf.pageText(pdf, 1);
            assertThat(text).contains("Профессиональное развитие наставляемого").doesNotContain("\u00AD");
        }
    }

    /** One fixed column 20 mm wide: about eight letters of 12-point text to a line. */
    private static String narrowColumn(String content) throws Exception {
        byte[] docx = TestPdf.document(document -> {
            XWPFTable table = document.createTable(1, 2);
            CTTblGrid grid = table.getCTTbl().getTblGrid() != null
                    ? table.getCTTbl().getTblGrid()
                    : table.getCTTbl().addNewTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            grid.addNewGridCol().setW(BigInteger.valueOf(1134));
            grid.addNewGridCol().setW(BigInteger.valueOf(7000));
            table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
            table.getRow(0).getCell(0).setText(content);
            table.getRow(0).getCell(1).setText("—");
        });
        try (PDDocument pdf = Loader.loadPDF(PdfRenderer.fromDocx(docx))) {
            return TestPdf.pageText(pdf, 1).replace("—", "").trim();
        }
    }
}
