package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import ru.nastavnik.MovedTexts;

/**
 * The Regulation's roadmap stages and the documents' sample values read from {@code defaults/mentorship/} are those
 * the Java held; the payment statement's wording, from the message bundle, is what the Java wrote.
 */
class MentorshipDefaultTextsTests {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasenames("i18n/module-texts");
        MESSAGES.setDefaultEncoding("UTF-8");
    }

    @Test
    void roadmapStagesAreTheOnesWrittenInJavaBefore() {
        List<Map<String, String>> stages = RegulationModel.stages(3, "https://x.example.ru");

        MovedTexts.assertSameAs("mentorship/regulation-stages.json", stages);
        assertThat(stages).hasSize(7);
        assertThat(stages.get(2).get("content")).contains("(не более 3 наставляемых на одного наставника)");
        assertThat(stages.get(4).get("content")).contains("на срок от трёх месяцев до одного года.");
        assertThat(stages.get(6).get("content")).contains("на официальном сайте организации (https://x.example.ru)");
        assertThat(RegulationModel.PROGRAMME_TERM).isEqualTo("от трёх месяцев до одного года");
    }

    @Test
    void sampleValuesAreTheOnesWrittenInJavaBefore() {
        MovedTexts.assertSameAs("mentorship/regulation-sample.json", RegulationModel.sample());
        MovedTexts.assertSameAs("mentorship/regulation-appendix.json", RegulationModel.appendix(Map.of(), 2));
        MovedTexts.assertSameAs("mentorship/document-sample.json", DocumentSamples.model());
        MovedTexts.assertSameAs("mentorship/document-school.json", DocumentSamples.school());
        assertThat(RegulationModel.appendix(Map.of(), 2).get("appendix")).isEqualTo(Map.of("title", "Приложение № 2"));
    }

    @Test
    void paymentStatementSaysWhatItSaidBefore() throws Exception {
        Map<String, String> described = new LinkedHashMap<>();
        for (PaymentKind k : PaymentKind.values()) {
            described.put(k + "-nocap", PaymentWorkbook.describe(rule(k, null), MESSAGES));
            described.put(k + "-cap", PaymentWorkbook.describe(rule(k, new BigDecimal("5000.00")), MESSAGES));
        }
        PaymentStatement statement = new PaymentStatement(
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30),
                List.of(new PaymentStatement.Row(
                        null,
                        "Петрова Анна Ивановна",
                        "учитель",
                        2,
                        List.of("А", "Б"),
                        30,
                        new BigDecimal("3000.00"),
                        new BigDecimal("0.1000"))),
                List.of(rule(PaymentKind.FIXED, null), rule(PaymentKind.PER_MENTEE, new BigDecimal("0.5"))),
                false);
        List<List<String>> cells = cells(PaymentWorkbook.write(statement, "СШ № 1", MESSAGES));

        MovedTexts.assertSameAs("mentorship/payment-describe.json", described);
        MovedTexts.assertSameAs("mentorship/payment-workbook.json", cells);
        assertThat(described.get("FIXED-cap"))
                .isEqualTo("3\u00A0000 руб. в месяц за каждую пару (группу), не более 5\u00A0000 руб. в месяц");
        assertThat(cells.get(6)).contains("1=ФИО наставника", "7=Доля ставки");
    }

    private static List<List<String>> cells(byte[] xlsx) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of(workbook.getSheetName(0)));
            for (Row row : workbook.getSheetAt(0)) {
                List<String> line = new ArrayList<>();
                for (Cell cell : row) {
                    line.add(cell.getColumnIndex() + "=" + cell);
                }
                rows.add(line);
            }
            return rows;
        }
    }

    private static PaymentRuleView rule(PaymentKind kind, BigDecimal cap) {
        return new PaymentRuleView(null, LocalDate.of(2026, 9, 1), kind, new BigDecimal("3000.00"), cap, null, null);
    }

    @Test
    void eachSampleIsAFreshCopy() {
        Map<String, Object> first = DocumentSamples.model();
        first.put("goal", "изменено");

        assertThat(DocumentSamples.model().get("goal")).isEqualTo("Успешная адаптация молодого специалиста");
    }
}
