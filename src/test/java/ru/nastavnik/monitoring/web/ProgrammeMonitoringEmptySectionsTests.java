package ru.nastavnik.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The results of the two-stage monitoring for a period without programmes: each section says there is nothing in it
 * instead of a table header without rows.
 */
class ProgrammeMonitoringEmptySectionsTests {

    @Test
    void aPeriodWithoutProgrammesSaysSoInEverySection() throws Exception {
        byte[] docx = new ProgrammeMonitoringDocument(texts())
                .docx("МБОУ «Средняя школа № 3»", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 12, 5), List.of());
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            assertThat(extractor.getText())
                    .contains("за период с 01.09.2026 по 05.12.2026")
                    .contains("Программы наставничества в периоде не реализовывались.")
                    .contains("Промежуточных срезов за период нет.")
                    .contains("Ответов анкет участников за период нет.")
                    .contains("Анкета куратора за период не заполнялась.")
                    .contains("SWOT-анализ за период не составлялся.")
                    .contains("Самооценок наставляемых по дефицитам за период нет.")
                    .contains("Профессиональных результатов за период не отмечено.")
                    .doesNotContain("Программа\tУчастник\tВстреч")
                    .doesNotContain("Сильные стороны")
                    .doesNotContain("{{");
            // no names recorded: both signature lines keep their blanks, the head's position by default
            assertThat(extractor.getText().lines().map(String::strip))
                    .contains("Куратор наставничества ____________________", "Директор ____________________");
        }
    }

    /** The bundle the document's own words come from, as the application reads it. */
    private static ResourceBundleMessageSource texts() {
        ResourceBundleMessageSource texts = new ResourceBundleMessageSource();
        texts.setBasename("i18n/module-texts");
        texts.setDefaultEncoding("UTF-8");
        return texts;
    }
}
