package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import ru.nastavnik.Fixtures;
import ru.nastavnik.monitoring.internal.SystemReviews;
import ru.nastavnik.shared.Role;

/**
 * The system review is signed by the curator as the annual report is: her name from the school's requisites,
 * initials first; none recorded, the blank stays to write it in.
 */
@SpringBootTest
// not for MockMvc: the same context-cache key as the other service-level tests, so no context of its own
@AutoConfigureMockMvc
class SystemReviewSignatureIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SystemReviews reviews;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReviewEndsWithTheCuratorsNameFromTheRequisites() throws Exception {
        var world = fixtures.world();
        var director = fixtures.user(Role.DIRECTOR, world.schoolA());
        fixtures.curatorNamed(world.schoolA(), null);
        String blank = text(reviews.docx(director, world.schoolA(), null));
        assertThat(blank.lines().map(String::strip))
                .as("the line keeps its blank and nothing after it")
                .contains("Куратор наставничества ____________________");
        assertThat(blank).doesNotContain("{{");

        fixtures.curatorNamed(world.schoolA(), "Исаева Ольга Петровна");
        assertThat(text(reviews.docx(director, world.schoolA(), null)))
                .contains("Куратор наставничества ____________________ О. П. Исаева")
                .doesNotContain("Исаева Ольга");
    }

    static String text(byte[] docx) throws Exception {
        try (XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
            return text.getText();
        }
    }
}
