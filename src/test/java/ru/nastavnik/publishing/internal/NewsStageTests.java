package ru.nastavnik.publishing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import ru.nastavnik.publishing.PublicationSource;

class NewsStageTests {

    @Test
    void aStageFromTheAddressIsOneToSevenOrNone() {
        assertThat(NewsStage.parse(null)).isNull();
        assertThat(NewsStage.parse(" ")).isNull();
        assertThat(NewsStage.parse(" 7 ")).isEqualTo(new NewsStage(7));
        for (String bad : List.of("0", "8", "12", "-1", "1.5", "abc", "１")) {
            assertThatThrownBy(() -> NewsStage.parse(bad))
                    .isInstanceOf(NewsStage.BadStage.class)
                    .extracting(e -> ((NewsStage.BadStage) e).given())
                    .isEqualTo(bad);
        }
        assertThat(((NewsStage.BadStage) catchBad("9".repeat(30))).given()).isEqualTo("9".repeat(20) + "…");
    }

    @Test
    void anItemIsAtItsLinkedStagesElseAtItsSourcesElseAtNone() {
        assertThat(NewsStage.of(new TreeSet<>(List.of(7, 1)), PublicationSource.ROUND_TABLE))
                .containsExactly(1, 7);
        assertThat(NewsStage.of(null, PublicationSource.ROUND_TABLE)).containsExactly(6);
        assertThat(NewsStage.of(new TreeSet<>(), PublicationSource.PROGRAMME)).containsExactly(6);
        assertThat(NewsStage.of(null, PublicationSource.ORDER)).isEmpty();
        assertThat(NewsStage.of(null, PublicationSource.EVENT)).isEmpty();
        assertThat(NewsStage.of(null, PublicationSource.NONE)).isEmpty();
        assertThat(NewsStage.naturalSources(new NewsStage(6))).containsExactly("ROUND_TABLE", "PROGRAMME");
        assertThat(NewsStage.naturalSources(new NewsStage(1))).isEmpty();
    }

    private static Throwable catchBad(String given) {
        try {
            NewsStage.parse(given);
            throw new AssertionError("accepted " + given);
        } catch (NewsStage.BadStage e) {
            return e;
        }
    }
}
