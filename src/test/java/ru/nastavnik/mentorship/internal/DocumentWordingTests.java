package ru.nastavnik.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import ru.nastavnik.consent.DocumentModels;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.Gender;

/** How the built-in orders, the agreement and the programme word what the requisites hold. */
public class DocumentWordingTests {

    static final OrganisationSummary SCHOOL = new OrganisationSummary(
            null,
            null,
            null,
            "Муниципальное казённое общеобразовательное учреждение «Средняя школа № 3»",
            "СШ № 3",
            "Europe/Moscow",
            new Requisites(
                    "г. Энск",
                    "3400000000",
                    "1023400000000",
                    "https://school3.example.ru",
                    new HeadName("Морозова", "Татьяна", "Викторовна", Gender.FEMALE),
                    "Директор"));

    final MentorshipTemplates templates = new MentorshipTemplates();

    @Test
    void everyOrderIsSignedByTheHeadInTheNominative() throws Exception {
        for (DefaultTemplate order : new DefaultTemplate[] {
            templates.assignmentOrderTemplate(),
            templates.programmeApprovalOrderTemplate(),
            templates.terminationOrderTemplate(),
            templates.regulationOrderTemplate()
        }) {
            String text = render(order);
            assertThat(text).as(order.kind()).contains("Т. В. Морозова").doesNotContain("Морозовой");
        }
    }

    @Test
    void theAgreementNamesTheHeadInTheNominativeInItsTextAndSignature() throws Exception {
        String text = render(templates.agreementTemplate());
        assertThat(text)
                .contains("действует директор Т. В. Морозова,")
                .contains("Работодатель: Директор ______________ / Т. В. Морозова")
                .doesNotContain("Морозовой");
    }

    static final OrganisationSummary FILLED = new OrganisationSummary(
            null,
            null,
            null,
            SCHOOL.name(),
            "СШ № 3",
            "Europe/Moscow",
            SCHOOL.requisites()
                    .withDocumentDetails(
                            "Управление образования Администрации города Энска",
                            "г. Энск",
                            "Исаева Анна Сергеевна",
                            "8 (8442) 12-34-56",
                            "15 процентов должностного оклада за каждого наставляемого ежемесячно",
                            "https://school3.example.ru/nastavnichestvo",
                            "https://vk.com/school3\nhttps://t.me/school3"));

    @Test
    void everyOrderCarriesTheFounderThePlaceAndTheExecutorWithAPhone() throws Exception {
        for (DefaultTemplate order : new DefaultTemplate[] {
            templates.assignmentOrderTemplate(),
            templates.programmeApprovalOrderTemplate(),
            templates.terminationOrderTemplate(),
            templates.regulationOrderTemplate()
        }) {
            String text = render(order, FILLED);
            assertThat(text)
                    .as(order.kind())
                    .startsWith("Управление образования Администрации города Энска\n" + SCHOOL.name())
                    .contains("\nг. Энск\n")
                    .contains("Исп.: Исаева Анна Сергеевна, тел. 8 (8442) 12-34-56");
        }
    }

    @Test
    void anOrderWithoutTheDetailsLeavesBlanksToFillInNotWrongWords() throws Exception {
        String text = render(templates.assignmentOrderTemplate());
        assertThat(text)
                .contains("Исп.: ____________________, тел. ____________")
                .contains(
                        "выплату за наставничество в размере и на условиях, определённых дополнительными соглашениями к "
                                + "трудовым договорам и положением об оплате труда.");
    }

    @Test
    void theAgreementNamesThePlaceAndThePaymentAndTheWorkerSignsWithInitialsFirst() throws Exception {
        String text = render(templates.agreementTemplate(), FILLED);
        assertThat(text)
                .startsWith("ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ\nк трудовому договору от 01.09.2019 № 15\n")
                .contains("г. Энск")
                // the pair's own term (its payment rule in words), not the organisation's free-text setting
                .contains("выплата в размере 3 000 (три тысячи) рублей 00 копеек в месяц за наставничество в паре "
                        + "(группе). Выплата производится в порядке")
                .contains("Работник: ______________ / А. И. Петрова")
                // the mentor is a woman: not «получил(а)»
                .contains("Экземпляр соглашения получила: ______________");
    }

    @Test
    void theProgrammeIsSignedByTheCuratorByName() throws Exception {
        assertThat(render(templates.programmeTemplate(), FILLED)).contains("Куратор ______________ / А. С. Исаева");
        assertThat(render(templates.programmeTemplate())).contains("Куратор ______________ / ____________________");
    }

    /**
     * The sample a school's template is checked and filled with reads as the real document: the programme's
     * «Наставляемый:» who (nominative), the agreement's «в отношении» whom (genitive).
     */
    @Test
    void theSampleNamesTheMenteeInTheCaseEachTemplateReadsItIn() throws Exception {
        DefaultTemplate programme = templates.programmeTemplate();
        assertThat(text(DocxTemplates.render(new ByteArrayInputStream(programme.docx()), programme.sampleModel())))
                .contains("Наставляемый: Сидоров Олег Петрович, учитель математики")
                .doesNotContain("Сидорова Олега");
        DefaultTemplate agreement = templates.agreementTemplate();
        assertThat(text(DocxTemplates.render(new ByteArrayInputStream(agreement.docx()), agreement.sampleModel())))
                .contains("в отношении Сидорова Олега Петровича, учителя математики.")
                .contains("оказание помощи наставляемому в профессиональной адаптации")
                .contains("разработанной совместно с наставляемым.");
    }

    static String render(DefaultTemplate template, OrganisationSummary school) throws Exception {
        Map<String, Object> model = new LinkedHashMap<>(template.sampleModel());
        model.put("organisation", DocumentModels.organisation(school));
        return text(DocxTemplates.render(new ByteArrayInputStream(template.docx()), model));
    }

    static String render(DefaultTemplate template) throws Exception {
        return render(template, SCHOOL);
    }

    public static String text(byte[] docx) throws Exception {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return extractor.getText();
        }
    }
}
