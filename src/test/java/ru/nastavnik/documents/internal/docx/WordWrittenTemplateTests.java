package ru.nastavnik.documents.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.documents.internal.docx.TestDocx.model;
import static ru.nastavnik.documents.internal.docx.TestDocx.open;
import static ru.nastavnik.documents.internal.docx.TestDocx.stream;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DocxTemplates;

class WordWrittenTemplateTests {

    private static final Map<String, Object> MODEL = model(
            "person", model("fullName", "Иванова Мария Петровна"),
            "organisation", model("name", "МБОУ «СОШ № 1»"),
            "purposes", List.of("наставничество", "мониторинг"));

    @Test
    void aPlaceholderSplitBySpellCheckMarksIsFilledWithTheFormattingOfItsStart() {
        XWPFDocument filled = open(DocxTemplates.render(stream(WordLikeDocx.consent()), MODEL));

        assertThat(filled.getParagraphs().get(1).getText())
                .isEqualTo("Я, Иванова Мария Петровна, даю согласие МБОУ «СОШ № 1».");
        XWPFRun name = filled.getParagraphs().get(1).getRuns().stream()
                .filter(r -> r.text().contains("Иванова"))
                .findFirst()
                .orElseThrow();
        assertThat(name.isBold()).isFalse();
        assertThat(filled.getTables().get(0).getRows()).hasSize(2);
        assertThat(filled.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("мониторинг");
    }

    @Test
    void repeatedRowsDoNotRepeatIdsThatWordWantsUnique() throws Exception {
        byte[] filled = DocxTemplates.render(stream(WordLikeDocx.consent()), MODEL);

        String xml = new String(
                DocxPackage.read(filled, PackageLimits.GENERATED).bytes("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(xml.split("w14:paraId=\"3A2B3C4D\"", -1)).hasSize(1);
        assertThat(xml).contains("mc:Ignorable=\"w14\"", "_GoBack");
    }

    @Test
    void placeholdersInATextBoxAreFilled() {
        byte[] filled = DocxTemplates.render(stream(WordLikeDocx.consent()), MODEL);

        String xml = new String(
                DocxPackage.read(filled, PackageLimits.GENERATED).bytes("word/document.xml"), StandardCharsets.UTF_8);
        assertThat(xml).contains("<w:t xml:space=\"preserve\">Печать МБОУ «СОШ № 1»</w:t>");
    }

    @Test
    void aWordTemplateChecksClean() {
        assertThat(DocxTemplates.check(
                        stream(WordLikeDocx.consent()), Set.of("person.fullName", "organisation.name", "purposes")))
                .isEmpty();
    }
}
