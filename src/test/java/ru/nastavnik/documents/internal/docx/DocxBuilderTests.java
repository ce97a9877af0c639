package ru.nastavnik.documents.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.documents.internal.docx.TestDocx.model;
import static ru.nastavnik.documents.internal.docx.TestDocx.open;
import static ru.nastavnik.documents.internal.docx.TestDocx.stream;

import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DocxTemplates;

class DocxBuilderTests {

    private static final byte[] ORDER = DocxBuilder.a4()
            .header("{{organisation.name}}", DocxBuilder.Align.CENTER)
            .heading("ПРИКАЗ")
            .paragraph("О закреплении наставников\nна {{year}} учебный год", DocxBuilder.Align.CENTER, true)
            .paragraph("В соответствии с положением о системе наставничества")
            .table(
                    new int[] {15, 85, 70},
                    List.of("№", "Наставник", "Наставляемый"),
                    "pairs",
                    List.of("{{index}}", "{{item.mentor}}", "{{item.mentee}}"))
            .table(new int[] {85, 85}, List.of(List.of("Директор", "{{director}}")), false)
            .footer("стр.", DocxBuilder.Align.RIGHT)
            .build();

    @Test
    void aBuiltTemplateOpensInPoiWithItsLayout() {
        XWPFDocument document = open(ORDER);

        assertThat(document.getParagraphs().get(0).getText()).isEqualTo("ПРИКАЗ");
        assertThat(document.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(document.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(document.getTables()).hasSize(2);
        assertThat(document.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
        assertThat(document.getDocument().getBody().getSectPr().getPgSz().getW().toString())
                .isEqualTo("11906");
        assertThat(DocxTemplates.check(
                        stream(ORDER),
                        Set.of("organisation.name", "year", "pairs", "pairs.mentor", "pairs.mentee", "director")))
                .isEmpty();
    }

    @Test
    void aBuiltTemplateFillsLikeAnyOther() {
        byte[] filled = DocxTemplates.render(
                stream(ORDER),
                model(
                        "organisation",
                        model("name", "МБОУ «СОШ № 1»"),
                        "year",
                        "2025/2026",
                        "director",
                        "А. А. Смирнова",
                        "pairs",
                        List.of(
                                model("mentor", "Петров И. С.", "mentee", "Сидорова А. О."),
                                model("mentor", "Иванова М. П.", "mentee", "Кузнецов Д. В."))));

        String text = TestDocx.text(filled);
        assertThat(text)
                .contains(
                        "МБОУ «СОШ № 1»",
                        "на 2025/2026 учебный год",
                        "1\tПетров И. С.\tСидорова А. О.",
                        "2\tИванова М. П.\tКузнецов Д. В.",
                        "А. А. Смирнова");
    }
}
