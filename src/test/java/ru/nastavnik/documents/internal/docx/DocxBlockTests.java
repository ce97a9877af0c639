package ru.nastavnik.documents.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.documents.internal.docx.TestDocx.lines;
import static ru.nastavnik.documents.internal.docx.TestDocx.model;
import static ru.nastavnik.documents.internal.docx.TestDocx.open;
import static ru.nastavnik.documents.internal.docx.TestDocx.paragraph;
import static ru.nastavnik.documents.internal.docx.TestDocx.paragraphs;
import static ru.nastavnik.documents.internal.docx.TestDocx.stream;

import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.TemplateException;

/** Repeated table rows, repeated and conditional blocks of paragraphs. */
class DocxBlockTests {

    private static byte[] render(byte[] template, Map<String, Object> model) {
        return DocxTemplates.render(stream(template), model);
    }

    @Test
    void aTableRowIsRepeatedForEachElementWithItsIndex() {
        byte[] template = TestDocx.document(d -> {
            XWPFTable table = d.createTable(3, 3);
            table.getRow(0).getCell(0).setText("№");
            table.getRow(0).getCell(1).setText("ФИО");
            table.getRow(0).getCell(2).setText("Должность");
            table.getRow(1).getCell(0).setText("{{#each mentees}}{{index}}");
            table.getRow(1).getCell(1).setText("{{item.fullName}}");
            table.getRow(1).getCell(2).setText("{{item.position}}{{/each}}");
            table.getRow(2).getCell(0).setText("Итого: {{count}}");
        });
        Map<String, Object> model = model(
                "count",
                2,
                "mentees",
                List.of(
                        model("fullName", "Петров Иван Сергеевич", "position", "учитель физики"),
                        model("fullName", "Сидорова Анна Олеговна", "position", "учитель химии")));

        XWPFDocument document = open(render(template, model));
        XWPFTable table = document.getTables().get(0);
        assertThat(table.getRows()).hasSize(4);
        assertThat(rowText(table, 1)).containsExactly("1", "Петров Иван Сергеевич", "учитель физики");
        assertThat(rowText(table, 2)).containsExactly("2", "Сидорова Анна Олеговна", "учитель химии");
        assertThat(rowText(table, 3).get(0)).isEqualTo("Итого: 2");
    }

    @Test
    void anEmptyListLeavesTheHeaderRowAndARowlessTableDisappears() {
        byte[] template = TestDocx.document(d -> {
            XWPFTable withHeader = d.createTable(2, 1);
            withHeader.getRow(0).getCell(0).setText("ФИО");
            withHeader.getRow(1).getCell(0).setText("{{#each mentees}}{{item.fullName}}");
            paragraph(d, "между таблицами");
            d.createTable(1, 1).getRow(0).getCell(0).setText("{{#each mentees}}{{item.fullName}}");
            paragraph(d, "конец");
        });

        XWPFDocument document = open(render(template, model("mentees", List.of())));
        assertThat(document.getTables()).hasSize(1);
        assertThat(document.getTables().get(0).getRows()).hasSize(1);
    }

    @Test
    void aBlockOfParagraphsIsRepeatedAndCanNestAnotherBlock() {
        byte[] template = paragraphs(
                "Пары:",
                "{{#each pairs}}",
                "{{index}}. {{item.mentor}} — наставник",
                "{{#each item.mentees}}",
                "наставляемый: {{item}}",
                "{{/each}}",
                "{{/each}}",
                "Конец");
        Map<String, Object> model = model(
                "pairs",
                List.of(
                        model("mentor", "Петров", "mentees", List.of("Сидоров", "Кузнецов")),
                        model("mentor", "Иванова", "mentees", List.of("Смирнова"))));

        assertThat(lines(render(template, model)))
                .containsExactly(
                        "Пары:",
                        "1. Петров — наставник",
                        "наставляемый: Сидоров",
                        "наставляемый: Кузнецов",
                        "2. Иванова — наставник",
                        "наставляемый: Смирнова",
                        "Конец");
    }

    @Test
    void aConditionKeepsOrDropsItsParagraphsAndTheElseBranch() {
        byte[] template = paragraphs(
                "{{#if hasMentor}}",
                "Наставник: {{mentor}}",
                "{{else}}",
                "Наставник не назначен",
                "{{/if}}",
                "{{#if note}}",
                "Примечание: {{note}}",
                "{{/if}}",
                "Подпись");

        assertThat(lines(render(template, model("hasMentor", true, "mentor", "Петров", "note", ""))))
                .containsExactly("Наставник: Петров", "Подпись");
        assertThat(lines(render(template, model("hasMentor", false, "mentor", "Петров", "note", "срочно"))))
                .containsExactly("Наставник не назначен", "Примечание: срочно", "Подпись");
    }

    @Test
    void aBlockMarkerMixedWithTextIsRefused() {
        byte[] template = paragraphs("{{#if hasMentor}} Наставник назначен", "{{/if}}");

        assertThatThrownBy(() -> render(template, model("hasMentor", true)))
                .isInstanceOfSatisfying(
                        TemplateException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(MessageKeys.MARKER_NOT_ALONE));
    }

    @Test
    void repeatingOverSomethingThatIsNotAListOrPrintingAListFails() {
        assertThatThrownBy(() -> render(paragraphs("{{#each name}}", "{{item}}", "{{/each}}"), model("name", "Петров")))
                .isInstanceOfSatisfying(
                        TemplateException.class, e -> assertThat(e.messageKey()).isEqualTo(MessageKeys.NOT_LIST));
        assertThatThrownBy(() -> render(paragraphs("{{person}}"), model("person", model("fullName", "Петров"))))
                .isInstanceOfSatisfying(
                        TemplateException.class, e -> assertThat(e.messageKey()).isEqualTo(MessageKeys.NOT_PRINTABLE));
    }

    private static List<String> rowText(XWPFTable table, int row) {
        return table.getRow(row).getTableCells().stream().map(c -> c.getText()).toList();
    }
}
