package ru.nastavnik.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.OrganisationSummary;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.Gender;

/** How the built-in consent forms word what the requisites hold. */
class ConsentWordingTests {

    static final OrganisationSummary SCHOOL = new OrganisationSummary(null, null, null,
            "Муниципальное казённое общеобразовательное учреждение «Средняя школа № 3»", "СШ № 3", "Europe/Moscow",
            new Requisites("г. Энск", "3400000000", "1023400000000", "https://school3.example.ru",
                    new HeadName("Кузнецов", "Игорь", "Васильевич", Gender.MALE), "Директор"));

    @Test
    void theMentoringDutiesConsentIsAddressedToTheHeadInTheDative() throws Exception {
        String text = render(new ConsentTemplates().mentoringDutiesConsentTemplate());
        assertThat(text).contains("И. В. Кузнецову");
    }

    @Test
    void theMentoringDutiesConsentDeclinesTheOrganisationAndThePositionsInItsHeader() throws Exception {
        String text = render(new ConsentTemplates().mentoringDutiesConsentTemplate());
        assertThat(text).contains("Директору Муниципального казённого общеобразовательного учреждения «Средняя школа № 3»")
                .contains("от Ивановой Марии Петровны, учителя");
    }

    @Test
    void theOrganisationsOwnFormsWinInTheHeader() {
        OrganisationSummary school = new OrganisationSummary(null, null, null, "Вечерняя (сменная) школа № 2", "ВСШ № 2",
                "Europe/Moscow", new Requisites(null, null, null, null, null, "Директор", "Вечерняя (сменная) школа; "
                        + "Вечерней (сменной) школы; Вечерней (сменной) школе; Вечернюю (сменную) школу; "
                        + "Вечерней (сменной) школой; Вечерней (сменной) школе\nдиректор; директора; директору; директора; "
                        + "директором; директоре", null));
        Map<String, Object> model = DocumentModels.organisation(school);
        assertThat(model.get("nameGenitive")).isEqualTo("Вечерней (сменной) школы № 2");
        assertThat(model.get("headPositionDative")).isEqualTo("директору");
    }

    @Test
    void aHeadKnownOnlyByInitialsKeepsThemInEveryCase() {
        OrganisationSummary school = new OrganisationSummary(null, null, null, "Школа", "Школа", "Europe/Moscow",
                new Requisites(null, null, null, null, new HeadName("Кузнецов", "И.", "В.", Gender.MALE), "Директор"));
        Map<String, Object> model = DocumentModels.organisation(school);
        assertThat(model.get("headNameDative")).isEqualTo("И. В. Кузнецову");
        assertThat(model.get("headFullNameGenitive")).isEqualTo("Кузнецова И. В.");
    }

    static String render(DefaultTemplate template) throws Exception {
        Map<String, Object> model = new LinkedHashMap<>(template.sampleModel());
        model.put("organisation", DocumentModels.organisation(SCHOOL));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                DocxTemplates.render(new ByteArrayInputStream(template.docx()), model))))) {
            return extractor.getText();
        }
    }
}
