package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.documents.PdfRenderer;

/**
 * The tables of the built-in documents fit the page: read back from the PDF as a clerk would (pdftotext -layout,
 * Debian's poppler-utils), every column header is there whole, and nothing is cut at the right edge.
 */
public class DocumentTablesPdfTests {

    final MentorshipTemplates templates = new MentorshipTemplates();

    @Test
    void theProgrammesPlanTableFitsThePageWithEveryColumnHeader() throws Exception {
        Map<String, Object> model = new LinkedHashMap<>(DocumentSamples.model());
        model.put(
                "activities",
                List.of(Map.of(
                        "need",
                        "Дисциплина и мотивация обучающихся на уроке",
                        "title",
                        "Посещение уроков наставника и разбор приёмов управления классом (наблюдение)",
                        "due",
                        "15.10.2026",
                        "responsible",
                        "наставник и наставляемый",
                        "expected",
                        "Выстроены правила работы в классе",
                        "reportForm",
                        "анализ урока, портфолио",
                        "done",
                        "выполнено 14.10.2026: конспект урока")));
        String text = pdfText(templates.programmeTemplate(), model);

        // eight columns in 165 mm: a header word too long for its column breaks at its soft hyphen, with a hyphen
        assertThat(text).contains("Направ-", "ление");
        for (String word : List.of(
                "(дефицит)",
                "Мероприятие",
                "Срок",
                "Ответственный",
                "Ожидаемый",
                "результат",
                "Форма",
                "отчётности",
                "Отметка",
                "выполнении")) {
            assertThat(wholeOrHyphenated(text, word)).as(word).isTrue();
        }
        // a cell's word is whole on its line or broken between syllables with a hyphen, never «обуч / ающихся»
        for (String word : List.of(
                "Дисциплина",
                "обучающихся",
                "наставляемый",
                "15.10.2026",
                "выполнено",
                "14.10.2026:",
                "анализ",
                "портфолио")) {
            assertThat(wholeOrHyphenated(text, word)).as(word).isTrue();
        }
    }

    /** An uploaded template is checked against the sample model: {{item.reportForm}} must be a field it has. */
    @Test
    void anUploadedProgrammeTemplateMayPrintTheReportFormOfEachActivity() {
        byte[] shipped = templates.programmeTemplate().docx();

        assertThat(DocxTemplates.check(
                        new ByteArrayInputStream(shipped), DocxTemplates.pathsOf(DocumentSamples.model())))
                .isEmpty();
        assertThat(DocxTemplates.pathsOf(DocumentSamples.model())).contains("activities.reportForm");
    }

    @Test
    void theOrdersTablesFitThePageWithEveryColumnHeader() throws Exception {
        String assignment = pdfText(templates.assignmentOrderTemplate(), DocumentSamples.model());
        assertThat(assignment)
                .contains(
                        "Наставник",
                        "Наставляемый",
                        "Форма",
                        "наставничества",
                        "Срок",
                        "ФИО",
                        "Должность",
                        "Дата",
                        "Подпись",
                        "01.09.2026 –",
                        "31.05.2027");
        String termination = pdfText(templates.terminationOrderTemplate(), DocumentSamples.model());
        assertThat(termination).contains("Дата", "прекращения", "Основание", "по инициативе", "15.01.2027");
    }

    /** The word on one line, or its start ending a line with a hyphen and its rest starting another. */
    private static boolean wholeOrHyphenated(String text, String word) {
        if (text.contains(word)) {
            return true;
        }
        for (int i = 2; i <= word.length() - 2; i++) {
            if (text.contains(word.substring(0, i) + "-\n")
                    || text.matches("(?s).*" + java.util.regex.Pattern.quote(word.substring(0, i)) + "- .*")) {
                if (text.matches("(?s).*(^|\\s)" + java.util.regex.Pattern.quote(word.substring(i)) + "(\\s|$).*")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String pdfText(DefaultTemplate template, Map<String, Object> model) throws Exception {
        return pdfText(PdfRenderer.fromDocx(DocxTemplates.render(new ByteArrayInputStream(template.docx()), model)));
    }

    /** The PDF's text laid out as on the page; the test is skipped where poppler-utils is not installed. */
    public static String pdfText(byte[] pdf) throws Exception {
        File pdftotext = new File("/usr/bin/pdftotext");
        Assumptions.assumeTrue(pdftotext.canExecute(), "poppler-utils is not installed");
        Files.createDirectories(Path.of("target"));
        Path file = Files.createTempFile(Path.of("target"), "table-", ".pdf");
        Files.write(file, pdf);
        Process process = new ProcessBuilder(pdftotext.getPath(), "-layout", "-enc", "UTF-8", file.toString(), "-")
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).isZero();
        Files.writeString(Path.of(file + ".txt"), text);
        return text;
    }
}
