package ru.nastavnik.publishing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationStatus;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.OrganisationId;

/** The small texts the public pages build: the widget's script strings, its size, OpenGraph, the image-free body. */
class PublicSiteTextTests {

    @Test
    void aScriptStringCannotBreakOutOfItsQuotesNorTheScriptElement() {
        assertThat(PublicDataController.js("Школа «Д'Артаньян»\\</script><script>alert(1)</script>\n"))
                .isEqualTo(
                        "Школа «Д\\'Артаньян»\\\\\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\\n");
    }

    @Test
    void theWidgetShowsFiveUnlessAskedAndBetweenOneAndTwenty() {
        assertThat(WidgetSize.of(null)).isEqualTo(5);
        assertThat(WidgetSize.of(0)).isEqualTo(1);
        assertThat(WidgetSize.of(-3)).isEqualTo(1);
        assertThat(WidgetSize.of(7)).isEqualTo(7);
        assertThat(WidgetSize.of(500)).isEqualTo(20);
    }

    @Test
    void openGraphDescribesANewsItemByItsFirstTwoHundredCharactersWithoutMarkup() {
        PublicationView shortOne = news("<p>Пять дней <b>открытых&nbsp;уроков</b> &amp; встреч.</p>");
        assertThat(OpenGraph.of(shortOne, "https://n.example/o/s/nastavnichestvo/news/1")
                        .description())
                .isEqualTo("Пять дней открытых\u00a0уроков & встреч.");
        PublicationView longOne = news("<p>" + "слово ".repeat(60) + "</p>");
        String description = OpenGraph.of(longOne, "u").description();
        assertThat(description).hasSizeLessThanOrEqualTo(200).endsWith("…").doesNotContain("<p>");
    }

    @Test
    void theAccessibleVersionDropsEveryImage() {
        assertThat(PublicPagesController.withoutImages(
                        "<p>А<img src=\"/a.jpg\" alt=\"x\">Б</p><picture><source srcset=\"x\"></picture><p>В</p>"))
                .isEqualTo("<p>АБ</p><p>В</p>");
    }

    private static PublicationView news(String body) {
        return new PublicationView(
                new PublicationId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()),
                "Заголовок",
                body,
                PublicationStatus.PUBLISHED,
                PublicationSource.NONE,
                null,
                null,
                Instant.now(),
                Instant.now(),
                List.of(),
                0);
    }
}
