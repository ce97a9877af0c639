package ru.nastavnik.consent.internal;

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

/** How the built-in consent forms word what the requisites hold. */
class ConsentWordingTests {

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
                    new HeadName("Кузнецов", "Игорь", "Васильевич", Gender.MALE),
                    "Директор"));

    @Test
    void theMentoringDutiesConsentIsAddressedToTheHeadInTheDative() throws Exception {
        String text = render(new ConsentTemplates().mentoringDutiesConsentTemplate());
        assertThat(text).contains("И. В. Кузнецову");
    }

    @Test
    void theMentoringDutiesConsentDeclinesTheOrganisationAndThePositionsInItsHeader() throws Exception {
        String text = render(new ConsentTemplates().mentoringDutiesConsentTemplate());
        assertThat(text)
                .contains("Директору Муниципального казённого общеобразовательного учреждения «Средняя школа № 3»")
                .contains("от Ивановой Марии Петровны, учителя");
    }

    @Test
    void theOrganisationsOwnFormsWinInTheHeader() {
        OrganisationSummary school = new OrganisationSummary(
                null,
                null,
                null,
                "Вечерняя (сменная) школа № 2",
                "ВСШ № 2",
                "Europe/Moscow",
                new Requisites(
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Директор",
                        "Вечерняя (сменная) школа; "
                                + "Вечерней (сменной) школы; Вечерней (сменной) школе; Вечернюю (сменную) школу; "
                                + "Вечерней (сменной) школой; Вечерней (сменной) школе\nдиректор; директора; директору; директора; "
                                + "директором; директоре",
                        null));
        Map<String, Object> model = DocumentModels.organisation(school);
        assertThat(model.get("nameGenitive")).isEqualTo("Вечерней (сменной) школы № 2");
        assertThat(model.get("headPositionDative")).isEqualTo("директору");
    }

    @Test
    void aHeadKnownOnlyByInitialsKeepsThemInEveryCase() {
        OrganisationSummary school = new OrganisationSummary(
                null,
                null,
                null,
                "Школа",
                "Школа",
                "Europe/Moscow",
                new Requisites(null, null, null, null, new HeadName("Кузнецов", "И.", "В.", Gender.MALE), "Директор"));
        Map<String, Object> model = DocumentModels.organisation(school);
        assertThat(model.get("headNameDative")).isEqualTo("И. В. Кузнецову");
        assertThat(model.get("headFullNameGenitive")).isEqualTo("Кузнецова И. В.");
    }

    /** The Regulation's 11.2 and the publication consent name the site: with no page of its own, the site's address. */
    @Test
    void withoutAMentorshipPageTheDocumentsNameTheOfficialSite() {
        assertThat(SCHOOL.requisites().mentorshipPage()).isNull();
        assertThat(DocumentModels.organisation(SCHOOL).get("mentorshipPage")).isEqualTo("https://school3.example.ru");
    }

    @Test
    void theConsentToDistributionNamesTheExactPagesOfTheSiteAndTheSocialNetworks() throws Exception {
        OrganisationSummary school = new OrganisationSummary(
                null,
                null,
                null,
                SCHOOL.name(),
                "СШ № 3",
                "Europe/Moscow",
                SCHOOL.requisites()
                        .withDocumentDetails(
                                null,
                                null,
                                null,
                                null,
                                null,
                                "https://school3.example.ru/pedagogam-i-sotrudnikam/nastavnichestvo",
                                " https://vk.com/school3 \n\nhttps://t.me/school3"));
        DefaultTemplate template = new ConsentTemplates().publicationConsentTemplate();
        Map<String, Object> model = new LinkedHashMap<>(template.sampleModel());
        model.put("organisation", DocumentModels.organisation(school));
        // no section or channels set up for posting yet: the school's own pages from its requisites
        model.put("distribution", ConsentModel.distribution(school, Map.of()));
        String text;
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(
                new ByteArrayInputStream(DocxTemplates.render(new ByteArrayInputStream(template.docx()), model))))) {
            text = extractor.getText();
        }
        assertThat(text)
                .contains("копией на официальном сайте организации "
                        + "https://school3.example.ru/pedagogam-i-sotrudnikam/nastavnichestvo)")
                .contains("☐ канал организации в Telegram https://t.me/school3;"
                        + " ☐ сообщество организации во ВКонтакте https://vk.com/school3.")
                .contains("☐ новости; ☐ мероприятия и их итоги; ☐ лучшие практики, автором которых я являюсь;"
                        + " ☐ приказы и иные документы с моим именем; ☐ мои рабочие контактные данные (телефон,"
                        + " электронная почта); ☐ фотографии с моим изображением");
    }

    @Test
    void theSharedBankConsentNamesTheReceivingBodiesWithTheirAddresses() {
        OrganisationSummary municipality = new OrganisationSummary(
                null,
                null,
                ru.nastavnik.organisation.OrganisationKind.MUNICIPALITY,
                "Комитет по образованию города Энска",
                "Комитет",
                "Europe/Moscow",
                new Requisites("г. Энск, ул. Ленина, д. 5", null, null, null, null, null));
        OrganisationSummary region = new OrganisationSummary(
                null,
                null,
                ru.nastavnik.organisation.OrganisationKind.REGION,
                "Министерство образования Энской области",
                "Минобр",
                "Europe/Moscow",
                Requisites.empty());
        assertThat(ConsentModel.recipients(java.util.List.of(municipality, region)))
                .isEqualTo(
                        "Комитет по образованию города Энска (адрес: г. Энск, ул. Ленина, д. 5); Министерство образования Энской "
                                + "области (адрес: ________________________________________)");
    }

    @Test
    void theGenericMentoringDutiesConsentLeavesTheMenteeFormAndTermToFillIn() throws Exception {
        String text = render(new ConsentTemplates().mentoringDutiesConsentTemplate());
        assertThat(text)
                .contains("Я, Иванова Мария Петровна, учитель, в соответствии со статьёй 351.8")
                .contains(
                        "в отношении ________________________________________; форма наставничества — ____________________;"
                                + " срок — с "
                                + "«____» __________ 20___ г. по «____» __________ 20___ г.")
                // the abbreviation's full stop ends the sentence too
                .doesNotContain("г..");
    }

    @Test
    void everyConsentIsSignedWithTheInitialsBeforeTheSurname() throws Exception {
        ConsentTemplates templates = new ConsentTemplates();
        for (DefaultTemplate template : java.util.List.of(
                templates.personalDataConsentTemplate(),
                templates.mentoringDutiesConsentTemplate(),
                templates.sharedBankConsentTemplate(),
                templates.publicationConsentTemplate())) {
            assertThat(render(template))
                    .as(template.kind())
                    .contains("______________ / М. П. Иванова")
                    .doesNotContain("/ Иванова М. П.");
        }
    }

    static String render(DefaultTemplate template) throws Exception {
        return render(template, SCHOOL);
    }

    static String render(DefaultTemplate template, OrganisationSummary school) throws Exception {
        Map<String, Object> model = new LinkedHashMap<>(template.sampleModel());
        model.put("organisation", DocumentModels.organisation(school));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(
                new ByteArrayInputStream(DocxTemplates.render(new ByteArrayInputStream(template.docx()), model))))) {
            return extractor.getText();
        }
    }
}
