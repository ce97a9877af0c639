package ru.nastavnik.documents.internal.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.documents.internal.docx.TestDocx.model;
import static ru.nastavnik.documents.internal.docx.TestDocx.paragraphs;
import static ru.nastavnik.documents.internal.docx.TestDocx.stream;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.TemplateException;
import ru.nastavnik.documents.TemplateProblem;

class DocxCheckTests {

    private static final Set<String> ALLOWED = DocxTemplates.pathsOf(model(
            "person", model("fullName", "Иванова Мария Петровна", "birthDate", LocalDate.of(1985, 3, 7)),
            "mentees", List.of(model("fullName", "Петров", "position", "учитель")),
            "hasMentor", true));

    private static List<TemplateProblem> check(byte[] template) {
        return DocxTemplates.check(stream(template), ALLOWED);
    }

    private static List<String> keys(byte[] template) {
        return check(template).stream().map(TemplateProblem::messageKey).toList();
    }

    @Test
    void aCorrectTemplateHasNoProblems() {
        byte[] template = TestDocx.document(d -> {
            TestDocx.paragraph(d, "Я, {{ person.fullName }}, {{person.birthDate}} г. р.");
            TestDocx.paragraph(d, "{{#if hasMentor}}");
            TestDocx.paragraph(d, "{{#each mentees}}");
            TestDocx.paragraph(d, "{{index}}. {{item.fullName}}");
            TestDocx.paragraph(d, "{{/each}}");
            TestDocx.paragraph(d, "{{else}}");
            TestDocx.paragraph(d, "—");
            TestDocx.paragraph(d, "{{/if}}");
            XWPFTable table = d.createTable(1, 2);
            table.getRow(0).getCell(0).setText("{{#each mentees}}{{index}}");
            table.getRow(0).getCell(1).setText("{{item.position}}");
        });

        assertThat(check(template)).isEmpty();
    }

    @Test
    void anUnclosedEachIsReported() {
        assertThat(check(paragraphs("{{#each mentees}}", "{{item.fullName}}")))
                .contains(new TemplateProblem(MessageKeys.UNCLOSED_BLOCK, List.of("{{#each mentees}}")));
    }

    @Test
    void aCloseWithoutOpenAndAMismatchedCloseAreReported() {
        assertThat(keys(paragraphs("текст", "{{/each}}"))).contains(MessageKeys.UNEXPECTED_CLOSE);
        assertThat(check(paragraphs("{{#if hasMentor}}", "текст", "{{/each}}")))
                .contains(new TemplateProblem(MessageKeys.MISMATCHED_CLOSE, List.of("{{#if hasMentor}}", "{{/each}}")));
    }

    @Test
    void unknownPathsAreReportedAlsoInsideListsAndBothBranchesOfACondition() {
        byte[] template = paragraphs(
                "{{person.fulName}}",
                "{{#if hasMentor}}",
                "{{index}}",
                "{{else}}",
                "{{mentor}}",
                "{{/if}}",
                "{{#each mentees}}",
                "{{item.name}} {{item.fullName}} {{index}}",
                "{{/each}}");

        assertThat(check(template))
                .extracting(p -> p.args().get(0))
                .containsExactlyInAnyOrder("{{person.fulName}}", "{{index}}", "{{mentor}}", "{{item.name}}");
    }

    @Test
    void anUnclosedOrMalformedPlaceholderIsReported() {
        assertThat(check(paragraphs("Я, {{person.fullName, даю согласие")))
                .containsExactly(new TemplateProblem(
                        MessageKeys.UNCLOSED_PLACEHOLDER, List.of("Я, {{person.fullName, даю согласие")));
        assertThat(keys(paragraphs("{{person full name}}"))).containsExactly(MessageKeys.BAD_PLACEHOLDER);
    }

    @Test
    void aRenamedPdfOrProgramIsNotADocx() {
        assertThat(keys("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes())).containsExactly(MessageKeys.NOT_DOCX);
        assertThat(keys(new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0})).containsExactly(MessageKeys.NOT_DOCX);
        assertThat(keys(new byte[0])).containsExactly(MessageKeys.NOT_DOCX);
    }

    @Test
    void anOldWordDocumentIsRecognised() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(keys(ole2)).containsExactly(MessageKeys.OLD_FORMAT);
    }

    @Test
    void aZipWithoutAWordDocumentIsNotADocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes());
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        assertThat(keys(out.toByteArray())).containsExactly(MessageKeys.NOT_DOCX);
    }

    @Test
    void aWorkbookIsNotADocx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Лист1").createRow(0).createCell(0).setCellValue("{{person.fullName}}");
            workbook.write(out);
        }
        assertThat(keys(out.toByteArray())).containsExactly(MessageKeys.NOT_DOCX);
    }

    @Test
    void aBrokenDocumentPartIsCorrupt() throws IOException {
        byte[] broken = replaceEntry(paragraphs("текст"), "word/document.xml", "<w:document".getBytes());
        assertThat(keys(broken)).containsExactly(MessageKeys.CORRUPT);
    }

    @Test
    void aDocxZipBombIsRefusedQuickly() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                ZipInputStream real = new ZipInputStream(new ByteArrayInputStream(paragraphs("{{person.fullName}}")))) {
            for (ZipEntry entry = real.getNextEntry(); entry != null; entry = real.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                real.transferTo(zip);
            }
            zip.putNextEntry(new ZipEntry("word/media/image1.png"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 200; i++) {
                zip.write(zeros);
            }
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1 << 20);

        long start = System.nanoTime();
        assertThat(keys(bomb)).containsExactly(MessageKeys.ZIP_BOMB);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThatThrownBy(() -> DocxTemplates.render(stream(bomb), model()))
                .isInstanceOfSatisfying(
                        TemplateException.class, e -> assertThat(e.messageKey()).isEqualTo(MessageKeys.ZIP_BOMB));
    }

    @Test
    void aTemplateOverTenMegabytesIsRefusedBeforeUnpacking() {
        byte[] large = new byte[11 << 20];
        new Random(1).nextBytes(large);
        large[0] = 'P';
        large[1] = 'K';
        large[2] = 3;
        large[3] = 4;

        assertThat(check(large)).containsExactly(new TemplateProblem(MessageKeys.TOO_LARGE, List.of(10L)));
    }

    @Test
    void pathsOfASampleModelSpellListFieldsThroughTheirList() {
        assertThat(ALLOWED).contains("person", "person.fullName", "mentees", "mentees.fullName", "hasMentor");
        assertThat(DocxTemplates.check(
                        stream(paragraphs("{{organisation.name}} {{organisation.inn}}")), Set.of("organisation.*")))
                .isEmpty();
    }

    private static byte[] replaceEntry(byte[] docx, String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals(name)) {
                    zip.write(content);
                } else {
                    in.transferTo(zip);
                }
            }
        }
        return out.toByteArray();
    }
}
