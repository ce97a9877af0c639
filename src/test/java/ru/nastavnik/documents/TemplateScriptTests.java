package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class TemplateScriptTests {

    @Test
    void eachKindOfBlockBecomesTheSameDocumentAsTheBuilderMakes() throws IOException {
        String script = """
                # a comment, and a blank line, are skipped

                centered bold: ПРИКАЗ
                centered: {{organisation.locality}}
                right: УТВЕРЖДЕНО
                heading: 1. Общие положения
                paragraph: {{order.date}}          № {{order.number}}
                spread: {{order.date}} | № {{order.number}}
                justified: Контроль за исполнением приказа оставляю за собой.
                empty
                table 10,65,45,22,23 acquainted font 9
                  № | ФИО | Должность | Дата | Подпись
                  {{index}} | {{item.fullName}} | {{item.position}} |  |
                """;
        byte[] built = TemplateBuilder.a4()
                .centered("ПРИКАЗ", true)
                .centered("{{organisation.locality}}", false)
                .right("УТВЕРЖДЕНО")
                .heading("1. Общие положения")
                .paragraph("{{order.date}}          № {{order.number}}")
                .spread("{{order.date}}", "№ {{order.number}}")
                .justified("Контроль за исполнением приказа оставляю за собой.")
                .emptyLine()
                .table(
                        new int[] {10, 65, 45, 22, 23},
                        List.of("№", "ФИО", "Должность", "Дата", "Подпись"),
                        "acquainted",
                        List.of("{{index}}", "{{item.fullName}}", "{{item.position}}", "", ""),
                        9)
                .build();

        assertThat(documentXml(TemplateScript.parse("test", script).build())).isEqualTo(documentXml(built));
    }

    /**
     * An unregistered order's ««____» ______________ 20___ г. … № ______» padded with spaces wrapped the number onto a
     * line of its own; a right tab stop at the margin keeps date and number on one line, in the PDF too.
     */
    @Test
    void aSpreadLinePutsItsRightPartAtTheRightMarginOnTheSameLine() throws Exception {
        byte[] docx = TemplateScript.parse("test", "spread: «____» ______________ 20___ г. | № ______\n")
                .build();
        assertThat(documentXml(docx))
                .containsOnlyOnce("<w:pPr>")
                .contains("<w:tabs><w:tab w:val=\"right\" w:pos=\"9354\"/></w:tabs><w:jc w:val=\"left\"/>")
                .contains("<w:tab/>");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(PdfRenderer.fromDocx(docx))) {
            var reader = new org.apache.pdfbox.text.PDFTextStripper();
            reader.setSortByPosition(true);
            String text = reader.getText(pdf);
            assertThat(text.lines().filter(l -> !l.isBlank()).toList())
                    .singleElement()
                    .satisfies(line -> assertThat(line).matches(".*20___ г\\.[\\s\\u00a0]+№[\\s\\u00a0]+______"));
            // the number stands at the right margin: its last character ends within a few points of it
            var positions = new java.util.ArrayList<Float>();
            var stripper = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String s, java.util.List<org.apache.pdfbox.text.TextPosition> glyphs) {
                    glyphs.forEach(g -> positions.add(g.getXDirAdj() + g.getWidthDirAdj()));
                }
            };
            stripper.getText(pdf);
            float right = pdf.getPage(0).getMediaBox().getWidth() - 15 * 72 / 25.4f;
            assertThat(java.util.Collections.max(positions)).isBetween(right - 3, right + 1);
        }
        assertThatThrownBy(() -> TemplateScript.parse("order.txt", "spread: только одна часть\n"))
                .hasMessageContaining("order.txt:1");
    }

    @Test
    void anUnknownBlockIsRefusedWithItsLine() {
        assertThatThrownBy(() -> TemplateScript.parse("order.txt", "centered: А\nbold: Б\n"))
                .hasMessageContaining("order.txt:2")
                .hasMessageContaining("bold");
        assertThatThrownBy(() -> TemplateScript.parse("order.txt", "table 10,20 pairs\n  № | ФИО\n"))
                .hasMessageContaining("order.txt:1");
    }

    /** Every built-in text parses (the modules' template tests check each one's wording and placeholders). */
    @Test
    void everyBuiltInTextIsReadable() throws IOException {
        try (Stream<Path> texts = Files.list(Path.of("src/main/resources/documents/defaults"))) {
            List<String> kinds = texts.map(p -> p.getFileName().toString().replace(".txt", ""))
                    .sorted()
                    .toList();
            assertThat(kinds)
                    .contains(
                            "consent-personal-data",
                            "mentorship-order-assignment",
                            "mentorship-regulation",
                            "events-protocol",
                            "practices-contest",
                            "training-record");
            for (String kind : kinds) {
                byte[] docx = TemplateScript.read(kind).build();
                assertThat(documentXml(docx)).as(kind).contains("<w:t");
            }
        }
    }

    private static String documentXml(byte[] docx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
