package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import ru.nastavnik.Fixtures;
import ru.nastavnik.monitoring.internal.Indicator;
import ru.nastavnik.monitoring.internal.ReviewComponent;
import ru.nastavnik.monitoring.internal.SystemReviews;
import ru.nastavnik.shared.Role;

/**
 * The yearly system review prints each indicator once, with its unit («0 чел.», «0 ед.»), under the one component it speaks to: the best practices
 * accepted into the libraries stand under «Внутренний и внешний контур», no longer also under «Методическое
 * сопровождение».
 */
@SpringBootTest
// not for MockMvc: the same context-cache key as the other service-level tests, so no context of its own
@AutoConfigureMockMvc
class SystemReviewComponentsIntegrationTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SystemReviews reviews;

    @Test
    void noIndicatorBelongsToTwoComponents() {
        Map<Indicator, Long> uses = Arrays.stream(ReviewComponent.values())
                .flatMap(c -> c.indicators().stream())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(uses)
                .allSatisfy((indicator, count) ->
                        assertThat(count).as(indicator.name()).isEqualTo(1L));
        assertThat(ReviewComponent.CONTOUR.indicators()).contains(Indicator.PRACTICES);
        assertThat(ReviewComponent.METHODICAL_SUPPORT.indicators()).doesNotContain(Indicator.PRACTICES);
    }

    @Test
    void theReviewDocumentPrintsTheBestPracticesOnceUnderTheContour() throws Exception {
        var world = fixtures.world();
        var director = fixtures.user(Role.DIRECTOR, world.schoolA());
        byte[] docx = reviews.docx(director, world.schoolA(), null);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFTableRow> practices = document.getTables().get(0).getRows().stream()
                    .filter(r -> r.getTableCells().size() == 3
                            && r.getCell(1).getText().equals("Лучшие практики наставничества"))
                    .toList();
            assertThat(practices)
                    .singleElement()
                    .satisfies(r -> assertThat(r.getCell(0).getText()).isEqualTo("Внутренний и внешний контур"));
            assertThat(document.getTables().get(0).getRows().stream()
                            .filter(r -> r.getCell(0).getText().equals("Методическое сопровождение"))
                            .map(r -> r.getCell(1).getText()))
                    .containsExactly(
                            "Проведено мероприятий по наставничеству",
                            "Участники мероприятий по наставничеству",
                            "Наставники, прошедшие обучение",
                            "Часы обучения наставников");
            // each figure with its unit, as the annual report prints it
            Map<String, String> values = document.getTables().get(0).getRows().stream()
                    .skip(1)
                    .collect(Collectors.toMap(
                            r -> r.getCell(1).getText(), r -> r.getCell(2).getText(), (a, b) -> a));
            assertThat(values)
                    .containsEntry("Количество наставников", "0 чел.")
                    .containsEntry("Количество наставнических пар", "0 ед.")
                    .containsEntry("Часы обучения наставников", "0 ч.");
        }
    }
}
