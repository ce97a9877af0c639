package ru.nastavnik.documents.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.documents.internal.docx.TestDocx.lines;
import static ru.nastavnik.documents.internal.docx.TestDocx.model;
import static ru.nastavnik.documents.internal.docx.TestDocx.open;
import static ru.nastavnik.documents.internal.docx.TestDocx.paragraph;
import static ru.nastavnik.documents.internal.docx.TestDocx.paragraphs;
import static ru.nastavnik.documents.internal.docx.TestDocx.stream;
import static ru.nastavnik.documents.internal.docx.TestDocx.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.TemplateException;

class DocxRenderingTests {

    private static final Map<String, Object> PERSON = model(
            "person", model("fullName", "Иванова Мария Петровна", "birthDate", LocalDate.of(1985, 3, 7)),
            "organisation", model("name", "МБОУ «СОШ № 1»"));

    private static byte[] render(byte[] template, Map<String, Object> model) {
        return DocxTemplates.render(stream(template), model);
    }

    @Test
    void placeholdersAreReplacedInTheBodyTableCellsHeaderAndFooter() {
        byte[] template = TestDocx.document(d -> {
            paragraph(d, "Я, {{person.fullName}}, работник {{organisation.name}}");
            XWPFTable table = d.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Дата рождения");
            table.getRow(0).getCell(1).setText("{{person.birthDate}}");
            d.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("{{organisation.name}}");
            d.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("ФИО: {{person.fullName}}");
        });

        byte[] filled = render(template, PERSON);

        XWPFDocument document = open(filled);
        assertThat(document.getParagraphs().get(0).getText())
                .isEqualTo("Я, Иванова Мария Петровна, работник МБОУ «СОШ № 1»");
        assertThat(document.getTables().get(0).getRow(0).getCell(1).getText()).isEqualTo("07.03.1985");
        assertThat(document.getHeaderList().get(0).getText()).contains("МБОУ «СОШ № 1»");
        assertThat(document.getFooterList().get(0).getText()).contains("ФИО: Иванова Мария Петровна");
        assertThat(text(filled)).doesNotContain("{{");
    }

    @Test
    void placeholdersInFootnotesAreReplaced() {
        byte[] template = TestDocx.document(d -> {
            XWPFFootnote note = d.createFootnote();
            note.createParagraph().createRun().setText("Выдано: {{organisation.name}}");
            XWPFRun run = paragraph(d, "Паспорт").createRun();
            run.getCTR().addNewFootnoteReference().setId(note.getId());
        });

        XWPFDocument document = open(render(template, PERSON));
        assertThat(document.getFootnotes())
                .extracting(n -> n.getParagraphs().get(0).getText())
                .contains("Выдано: МБОУ «СОШ № 1»");
    }

    @Test
    void aPlaceholderThatWordSplitAcrossRunsIsReplacedWithTheFormattingOfItsFirstRun() {
        byte[] template = TestDocx.document(d -> {
            XWPFParagraph p = d.createParagraph();
            p.createRun().setText("Я, ");
            XWPFRun first = p.createRun();
            first.setText("{{per");
            first.setBold(true);
            XWPFRun middle = p.createRun();
            middle.setText("son.full");
            middle.setItalic(true);
            XWPFRun last = p.createRun();
            last.setText("Name}}, даю согласие");
            last.setUnderline(UnderlinePatterns.SINGLE);
        });

        XWPFDocument document = open(render(template, PERSON));
        XWPFParagraph p = document.getParagraphs().get(0);
        assertThat(p.getText()).isEqualTo("Я, Иванова Мария Петровна, даю согласие");
        XWPFRun name = p.getRuns().stream()
                .filter(r -> r.text().contains("Иванова"))
                .findFirst()
                .orElseThrow();
        assertThat(name.text()).isEqualTo("Иванова Мария Петровна");
        assertThat(name.isBold()).isTrue();
        assertThat(name.isItalic()).isFalse();
        XWPFRun rest = p.getRuns().stream()
                .filter(r -> r.text().contains("даю"))
                .findFirst()
                .orElseThrow();
        assertThat(rest.text()).isEqualTo(", даю согласие");
        assertThat(rest.getUnderline()).isEqualTo(UnderlinePatterns.SINGLE);
    }

    @Test
    void textAroundAPlaceholderKeepsItsOwnFormatting() {
        byte[] template = TestDocx.document(d -> {
            XWPFParagraph p = d.createParagraph();
            XWPFRun before = p.createRun();
            before.setText("Уважаемая ");
            before.setItalic(true);
            XWPFRun field = p.createRun();
            field.setText("{{person.fullName}}");
            field.setBold(true);
            field.setFontSize(14);
        });

        XWPFDocument document = open(render(template, PERSON));
        List<XWPFRun> runs = document.getParagraphs().get(0).getRuns();
        assertThat(runs.get(0).text()).isEqualTo("Уважаемая ");
        assertThat(runs.get(0).isItalic()).isTrue();
        assertThat(runs.get(1).text()).isEqualTo("Иванова Мария Петровна");
        assertThat(runs.get(1).isBold()).isTrue();
        assertThat(runs.get(1).getFontSizeAsDouble()).isEqualTo(14.0);
    }

    @Test
    void anUnknownPlaceholderFailsTheRenderNamingIt() {
        byte[] template = paragraphs("Я, {{person.fulName}}");

        assertThatThrownBy(() -> render(template, PERSON))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(MessageKeys.UNKNOWN_PLACEHOLDER);
                    assertThat(e.args()).containsExactly("{{person.fulName}}");
                })
                .hasMessageContaining("{{person.fulName}}");
    }

    @Test
    void datesBooleansAndNumbersPrintTheRussianWay() {
        byte[] template = paragraphs("{{date}} {{yes}} {{no}} {{hours}} {{year}} {{missing}}|");

        byte[] filled = render(
                template,
                model(
                        "date",
                        LocalDate.of(2025, 9, 1),
                        "yes",
                        true,
                        "no",
                        false,
                        "hours",
                        new BigDecimal("36.5"),
                        "year",
                        2025,
                        "missing",
                        null));

        assertThat(lines(filled)).containsExactly("01.09.2025 да нет 36,5 2025 |");
    }

    @Test
    void valuesArePrintedLiterallyNeverAsMarkupOrPlaceholders() {
        byte[] template = paragraphs("{{value}}", "{{#each items}}", "{{item}}", "{{/each}}");
        String tricky = "<w:t>a & b</w:t> {{person.fullName}} ]]> \"'";

        byte[] filled = render(template, model("value", tricky, "items", List.of("{{#if x}}", "{{/each}}")));

        assertThat(lines(filled)).containsExactly(tricky, "{{#if x}}", "{{/each}}");
    }

    @Test
    void lineBreaksAndTabsInAValueBecomeWordBreaksAndTabs() {
        byte[] template = paragraphs("Адрес: {{address}}.");

        XWPFDocument document = open(render(template, model("address", "г. Москва,\r\nул. Ленина, д. 1\tкв. 2")));
        XWPFParagraph p = document.getParagraphs().get(0);
        assertThat(p.getText()).isEqualTo("Адрес: г. Москва,\nул. Ленина, д. 1\tкв. 2.");
        assertThat(p.getCTP().xmlText()).contains("<w:br/>").contains("<w:tab/>");
    }

    @Test
    void aFileThatIsNotADocxCannotBeRendered() {
        assertThatThrownBy(() -> render("%PDF-1.7 not a document".getBytes(), PERSON))
                .isInstanceOfSatisfying(
                        TemplateException.class, e -> assertThat(e.messageKey()).isEqualTo(MessageKeys.NOT_DOCX));
    }
}
