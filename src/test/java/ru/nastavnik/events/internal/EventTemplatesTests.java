package ru.nastavnik.events.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
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
}
