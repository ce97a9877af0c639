package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StaffCellsTests {

    @Test
    void aDateCellIsReadInTheFormsSchoolsWriteAndADateNoSchoolMeansIsRefusedAsUnreadable() {
        assertThat(StaffCells.date("01.09.2010")).isEqualTo(LocalDate.of(2010, 9, 1));
        assertThat(StaffCells.date("2010-09-01")).isEqualTo(LocalDate.of(2010, 9, 1));
        assertThat(StaffCells.date(" ")).isNull();
        // a signed year parses, and an age at hiring computed from it overflowed into a server error
        assertThatThrownBy(() -> StaffCells.date("31.12.+999999999"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import.cell.date");
        assertThatThrownBy(() -> StaffCells.date("+10000-01-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import.cell.date");
        assertThatThrownBy(() -> StaffCells.date("31.02.1980"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import.cell.date");
    }
}
