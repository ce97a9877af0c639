package ru.nastavnik.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.internal.ImportChoices;
import ru.nastavnik.people.internal.StaffField;

class PreviewFormTests {

    @Test
    void aCellSentBackAsTheFileHasItIsNoCorrection() {
        ImportChoices choices = PreviewForm.choices(Map.of(
                "fix_7_HIRED_ON",
                "01.09.2016",
                "cell_7_HIRED_ON",
                "01.09.2096",
                "fix_7_GENDER",
                "м",
                "cell_7_GENDER",
                "м"));
        assertThat(choices.correction(7, StaffField.HIRED_ON)).contains("01.09.2016");
        assertThat(choices.correction(7, StaffField.GENDER)).isEmpty();
    }

    @Test
    void rowsLeftOutAndMergesAreReadByTheirNumbers() {
        ImportChoices choices = PreviewForm.choices(Map.of(
                "skip_12", "on", "merge_15", "9", "merge_16", "x", "fix_3_NO_SUCH_FIELD", "a", "header_row", "4"));
        assertThat(choices.skipped()).containsExactly(12);
        assertThat(choices.merges()).containsExactly(Map.entry(15, 9));
        assertThat(choices.corrections()).isEmpty();
        assertThat(choices.headerRow()).isEqualTo(4);
    }

    @Test
    void anotherHeaderRowIsRecognisedAfreshNotReadWithTheOldColumns() {
        assertThat(PreviewForm.mapping(Map.of("header_row", "5", "mapped_header", "4", "col_FULL_NAME", "1")))
                .isNull();
        assertThat(PreviewForm.mapping(Map.of("header_row", "4", "mapped_header", "4", "col_FULL_NAME", "1"))
                        .column(StaffField.FULL_NAME))
                .contains(1);
    }
}
