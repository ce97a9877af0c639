package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The built-in templates are built on first use, not at start ({@link BuiltInTemplate}): so a broken one would show
 * only when a school asks for its document. Every module's template is built here and checked against its own
 * sample model.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BuiltInTemplatesIntegrationTests {

    @Autowired
    List<DefaultTemplate> templates;

    @Test
    void everyBuiltInTemplateBuildsAndUsesOnlyItsSampleModelsPlaceholders() {
        assertThat(templates).hasSizeGreaterThan(20);
        for (DefaultTemplate t : templates) {
            byte[] docx = t.docx();
            assertThat(docx).as(t.kind()).isNotEmpty();
            assertThat(t.docx())
                    .as("a copy of the same bytes each time")
                    .isEqualTo(docx)
                    .isNotSameAs(docx);
            assertThat(DocxTemplates.check(new ByteArrayInputStream(docx), DocxTemplates.pathsOf(t.sampleModel())))
                    .as(t.kind())
                    .isEmpty();
            assertThat(DocxTemplates.render(new ByteArrayInputStream(docx), t.sampleModel()))
                    .as(t.kind())
                    .isNotEmpty();
        }
    }
}
