package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.organisation.OrganisationKind;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.OrganisationId;

/** The addresses a page at a stage links to keep the stage where its news are listed, and only there. */
class PublicSectionPageStageTests {

    private static final OrganisationId SCHOOL =
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-00000000000a"));

    @Test
    void theNewsLinksKeepTheStageBesideTheSchoolAndTopicAndTheOtherListsDoNot() {
        PublicSectionPage page = page(Optional.of(new NewsStage(3)));
        String home = "/o/area-x/nastavnichestvo";
        String school = "school=" + SCHOOL.value();

        assertThat(page.newsPage(2)).isEqualTo(home + "?" + school + "&topic=EVENT&stage=3&page=2");
        assertThat(page.accessiblePage(2)).isEqualTo(home + "/dlya-slabovidyashchih?" + school + "&stage=3&page=2");
        assertThat(page.stagePage(new NewsStage(7))).isEqualTo(home + "?" + school + "&topic=EVENT&stage=7");
        assertThat(page.stagePage(null)).isEqualTo(home + "?" + school + "&topic=EVENT");
        assertThat(page.stageNumberPage(1)).isEqualTo(home + "?" + school + "&topic=EVENT&stage=1");
        assertThat(page.accessibleStagePage(null)).isEqualTo(home + "/dlya-slabovidyashchih?" + school);
        assertThat(page.accessibleStageNumberPage(5)).isEqualTo(home + "/dlya-slabovidyashchih?" + school + "&stage=5");
        assertThat(page.eventsPage(2)).isEqualTo(home + "/events?" + school + "&page=2");
        assertThat(page.practicesPage(1)).isEqualTo(home + "/practices?" + school);
        assertThat(page.documentsPage(1)).isEqualTo(home + "/documents?" + school);
    }

    @Test
    void theFilterMarksTheChosenStageOrEveryStage() {
        PublicSectionPage atThree = page(Optional.of(new NewsStage(3)));
        assertThat(atThree.current(new NewsStage(3))).isTrue();
        assertThat(atThree.current(new NewsStage(4))).isFalse();
        assertThat(atThree.current(null)).isFalse();
        PublicSectionPage every = page(Optional.empty());
        assertThat(every.current(null)).isTrue();
        assertThat(every.stages()).extracting(NewsStage::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    private static PublicSectionPage page(Optional<NewsStage> stage) {
        PublicSection section = new PublicSection(
                "area-x",
                new OrganisationId(UUID.fromString("00000000-0000-0000-0000-000000000001")),
                "Район",
                OrganisationKind.MUNICIPALITY,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                null,
                null,
                Map.of(SCHOOL, "Школа"),
                Map.of(),
                Optional.of(SCHOOL));
        return new PublicSectionPage(
                section,
                Optional.of(PublicationSource.EVENT),
                stage,
                PublicSectionPage.none(),
                PublicSectionPage.none());
    }
}
