package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.bank.BankSettingsView;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.mentorship.DocumentTablesPdfTestsAccess;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderStatus;
import ru.nastavnik.mentorship.OrderView;
import ru.nastavnik.shared.OrganisationId;

/**
 * The Regulation and the roadmap as a clerk reads them from the PDF (pdftotext -layout): the organisation's name
 * declined, the approval block with the order's number and date, the seven stages, the bank's capacity limit.
 */
class RegulationDocumentTests {

    final RegulationTemplates templates = new RegulationTemplates();

    static final OrderView REGISTERED = new OrderView(
            UUID.randomUUID(),
            new OrganisationId(UUID.randomUUID()),
            OrderKind.REGULATION,
            "Об утверждении Положения",
            OrderStatus.REGISTERED,
            "458/1-о",
            LocalDate.of(2026, 8, 31),
            true,
            List.of(),
            Instant.now(),
            Instant.now());

    static Map<String, Object> model(OrderView order, int appendix) {
        Map<String, Object> model = RegulationModel.appendix(
                RegulationModel.of(
                        DocumentWordingTests.FILLED,
                        new BankSettingsView(2, 3, 4),
                        ru.nastavnik.bank.MentoringForms.DEFAULTS,
                        order,
                        2),
                appendix);
        // the payment clause as PaymentClause words it for a school without payment rules (its own setting)
        model.put(
                "orderPayment",
                "в размере 15 процентов должностного оклада за каждого наставляемого ежемесячно на условиях, "
                        + "определённых дополнительными соглашениями к трудовым договорам");
        return model;
    }

    @Test
    void theRegulationNamesTheOrganisationInThePrepositionalAndCarriesTheApprovalBlockOfItsOrder() throws Exception {
        String text = flat(DocumentTablesPdfTests.pdfText(templates.regulationTemplate(), model(REGISTERED, 1)));

        assertThat(text)
                .contains("Приложение № 1")
                .contains("к приказу от 31.08.2026 № 458/1-о")
                .contains("УТВЕРЖДЕНО")
                .contains("приказом директора")
                .contains("Муниципального казённого общеобразовательного учреждения «Средняя школа № 3»")
                .contains("от 31.08.2026 № 458/1-о")
                .contains("Т. В. Морозова")
                .contains("ПОЛОЖЕНИЕ")
                .contains("о системе наставничества педагогических работников в Муниципальном казённом "
                        + "общеобразовательном учреждении «Средняя школа № 3»")
                .contains("(редакция № 2)");
    }

    @Test
    void theRegulationStatesTheSettingsTheLawAndThePayment() throws Exception {
        String text = flat(DocumentTablesPdfTests.pdfText(templates.regulationTemplate(), model(REGISTERED, 1)));

        assertThat(text)
                .contains("не более 3 наставляемых (как правило — 2)")
                .contains("в срок от трёх месяцев до одного года")
                .contains("традиционная (один на один), групповая, виртуальная (дистанционная)")
                .contains("от 21.12.2021 № АЗ-1128/08/657")
                .contains("от 21.05.2025 № 1264-р")
                .contains("статьёй 351.8 Трудового кодекса")
                .contains(
                        "письменное согласие работника на выполнение работы по наставничеству; дополнительное соглашение")
                .contains("не менее чем за три рабочих дня")
                .contains("выплата в размере 15 процентов должностного оклада за каждого наставляемого ежемесячно")
                .contains("Методический совет")
                .contains("4. Права и обязанности куратора")
                .contains("https://school3.example.ru/nastavnichestvo");
    }

    @Test
    void theRoadmapHasTheTitleTheTableAndTheSevenStagesInOrder() throws Exception {
        String text = flat(DocumentTablesPdfTests.pdfText(templates.roadmapTemplate(), model(REGISTERED, 2)));

        assertThat(text)
                .contains("Приложение № 2")
                .contains("к приказу от 31.08.2026 № 458/1-о")
                .contains(
                        "Дорожная карта (план мероприятий) по реализации Положения о системе наставничества педагогических "
                                + "работников в Муниципальном казённом общеобразовательном учреждении «Средняя школа № 3»")
                // the header's words wrap in their columns, read line by line across the cells
                .contains("№ п/п Наименование Содержание деятельности и пример- Ответственные этапа ный план")
                // the stage's title wraps in its column: its first words stand beside its number
                .containsSubsequence(
                        "1. Подготовка условий",
                        "2. Формирование 1) Сбор сведений",
                        "3. Формирование 1) Анкетирование",
                        "4. Отбор и обучение",
                        "5. Организация и",
                        "6. Завершение",
                        "7. Информационная")
                .contains("не более 3 наставляемых на одного наставника")
                .doesNotContain("Кумылжен");
    }

    @Test
    void aDraftOrderLeavesBlanksForItsNumberAndDate() throws Exception {
        String text = flat(DocumentWordingTests.text(DocxTemplates.render(
                new ByteArrayInputStream(templates.roadmapTemplate().docx()), model(null, 2))));

        assertThat(text).contains("к приказу от «____» ______________ 20___ г. № ______");
    }

    @Test
    void theShippedTemplatesPassTheirOwnUploadCheck() {
        for (DefaultTemplate template : List.of(templates.regulationTemplate(), templates.roadmapTemplate())) {
            assertThat(DocxTemplates.check(
                            new ByteArrayInputStream(template.docx()), DocxTemplates.pathsOf(template.sampleModel())))
                    .as(template.kind())
                    .isEmpty();
        }
    }

    /** The text as one line of words: pdftotext breaks lines where the page does. */
    static String flat(String text) {
        // a word the PDF hyphenated at a line's end («ме- роприятий») is read whole
        return DocumentTablesPdfTestsAccess.joined(text);
    }
}
