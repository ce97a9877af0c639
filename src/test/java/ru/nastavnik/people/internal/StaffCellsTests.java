package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.QualificationCategory;

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
        // written as a date but no such day: told so, not «use the format» it already is in
        assertThatThrownBy(() -> StaffCells.date("31.02.1980"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import.cell.noSuchDate");
    }

    @Test
    void aNameWithALatinLetterNamesTheWordAndTheLetter() {
        assertThat(StaffRules.mixedWord("Мoрозова Анна")).isEqualTo("Мoрозова");
        assertThat(StaffRules.latinLetters("Мoрозова")).isEqualTo("«o»");
        assertThat(StaffRules.latinLetters("Сидoрoвa")).isEqualTo("«o», «a»");
    }

    @Test
    void aDateWithTheYearsWordAfterItIsReadAsTheDate() {
        assertThat(StaffCells.date("01.09.2015 г.")).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(StaffCells.date("01.09.2015г")).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(StaffCells.date("01.09.2015 года")).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThatThrownBy(() -> StaffCells.date("1 сентября 2015 г."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import.cell.date");
    }

    @Test
    void aCategoryIsReadInTheAbbreviationsSchoolListsUse() {
        assertThat(StaffCells.category("б/к")).isEqualTo(QualificationCategory.NONE);
        assertThat(StaffCells.category("Б\\К")).isEqualTo(QualificationCategory.NONE);
        assertThat(StaffCells.category("нет категории")).isEqualTo(QualificationCategory.NONE);
        assertThat(StaffCells.category("не имеет")).isEqualTo(QualificationCategory.NONE);
        assertThat(StaffCells.category("1 кв. кат.")).isEqualTo(QualificationCategory.FIRST);
        assertThat(StaffCells.category("1 категория")).isEqualTo(QualificationCategory.FIRST);
        assertThat(StaffCells.category("высш. кат.")).isEqualTo(QualificationCategory.HIGHEST);
        assertThat(StaffCells.category("соотв. зан. должн.")).isEqualTo(QualificationCategory.CONFORMITY);
        assertThatThrownBy(() -> StaffCells.category("вторая"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import.cell.category");
        assertThatThrownBy(() -> StaffCells.category("12"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("import.cell.category");
    }

    @Test
    void aNameInCapitalsOrSmallLettersIsWrittenAsDocumentsPrintItAndAnOwnMixIsKept() {
        assertThat(StaffCells.name("СМИРНОВА")).isEqualTo("Смирнова");
        assertThat(StaffCells.name("петрова-водкина")).isEqualTo("Петрова-Водкина");
        assertThat(StaffCells.name("ГУСЕЙН ОГЛЫ")).isEqualTo("Гусейн оглы");
        assertThat(StaffCells.name("Мак-Кинли")).isEqualTo("Мак-Кинли");
        assertThat(StaffCells.name("ДеЛонг")).isEqualTo("ДеЛонг");
        assertThat(StaffCells.name(" ")).isNull();
        assertThat(StaffCells.fullName("СМИРНОВА ОЛЬГА ИВАНОВНА")).containsExactly("Смирнова", "Ольга", "Ивановна");
    }
}
