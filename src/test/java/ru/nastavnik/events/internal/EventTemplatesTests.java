package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.DefaultTemplate;
import ru.nastavnik.documents.DocxTemplates;
import ru.nastavnik.events.EventSamples;

/** Every built-in event document uses only placeholders its sample model knows, and fills in from it. */
class EventTemplatesTests {

    final EventTemplates templates = new EventTemplates();

    @Test
    void eachEventTemplateIsCheckedAgainstItsSampleModelAndRendersIt() throws Exception {
        for (DefaultTemplate template : List.of(
                templates.announcementTemplate(),
                templates.certificateTemplate(),
                templates.attendanceSheetTemplate(),
                templates.protocolTemplate())) {
            assertThat(DocxTemplates.check(
                            new ByteArrayInputStream(template.docx()), DocxTemplates.pathsOf(template.sampleModel())))
                    .as(template.kind())
                    .isEmpty();
            assertThat(EventSamples.text(
                            DocxTemplates.render(new ByteArrayInputStream(template.docx()), template.sampleModel())))
                    .as(template.kind())
                    .contains("Наставник и молодой педагог");
        }
        String certificate = EventSamples.text(DocxTemplates.render(
                new ByteArrayInputStream(templates.certificateTemplate().docx()),
                templates.certificateTemplate().sampleModel()));
        assertThat(certificate)
                .contains(
                        "СЕРТИФИКАТ",
                        "Иванова Мария Петровна",
                        "приняла участие в качестве докладчика",
                        "с выступлением «Адаптация молодого педагога»",
                        "г. Заречный, 01.03.2027");
    }

    @Test
    void aPlainParticipantsCertificateNamesNoRoleAndKeepsTheGender() throws Exception {
        Map<String, Object> model =
                new LinkedHashMap<>(templates.certificateTemplate().sampleModel());
        Map<String, Object> certificate = new LinkedHashMap<>(map(model.get("certificate")));
        certificate.put("hasRole", false);
        certificate.put("role", "участника");
        certificate.put("topic", "");
        certificate.put("took", "принял");
        certificate.put("fullName", "Иванов Пётр Сергеевич");
        model.put("certificate", certificate);
        String text = EventSamples.text(DocxTemplates.render(
                new ByteArrayInputStream(templates.certificateTemplate().docx()), model));
        assertThat(text)
                .contains("Иванов Пётр Сергеевич", "принял участие\nв мероприятии «Наставник и молодой педагог")
                .doesNotContain("в качестве")
                .doesNotContain("с выступлением");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
