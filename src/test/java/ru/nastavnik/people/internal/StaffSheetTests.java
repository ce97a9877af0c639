package ru.nastavnik.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import ru.nastavnik.people.internal.tabular.Row;

class StaffSheetTests {

    @Test
    void theHeaderIsTheFirstRowNamingAPersonAndAnotherColumn() {
        List<Row> rows = List.of(
                new Row(1, List.of("Список педагогических работников МБОУ «СОШ № 5» на 01.09.2026")),
                new Row(2, List.of("", "", "Утверждаю: директор И. В. Кузнецова")),
                new Row(4, List.of("№ п/п", "Ф.И.О. (полностью)", "Пол", "Занимаемая должность")),
                new Row(5, List.of("1", "Иванова Анна Петровна", "ж", "учитель")));
        assertThat(rows.get(StaffSheet.located(rows)).number()).isEqualTo(4);
    }

    @Test
    void aTitleThatHappensToSayFioIsNotAHeader() {
        List<Row> rows = List.of(new Row(1, List.of("ФИО")), new Row(2, List.of("Фамилия", "Имя", "Должность")));
        assertThat(StaffSheet.located(rows)).isEqualTo(1);
    }

    @Test
    void withoutARecognisableHeaderTheFirstRowIsTheHeaderAsBefore() {
        List<Row> rows = List.of(new Row(1, List.of("Колонка1", "Колонка2")), new Row(2, List.of("а", "б")));
        assertThat(StaffSheet.located(rows)).isZero();
    }

    @Test
    void schoolsOwnWordsForColumnsAreRecognised() {
        assertThat(StaffField.named("Дата рождения (дд.мм.гггг)")).contains(StaffField.BIRTH_DATE);
        assertThat(StaffField.named("Фамилия, имя, отчество педагога")).contains(StaffField.FULL_NAME);
        assertThat(StaffField.named("Стаж педагогической работы")).contains(StaffField.TEACHING_EXPERIENCE);
        assertThat(StaffField.named("Дата поступления на работу")).contains(StaffField.HIRED_ON);
        assertThat(StaffField.named("Квалификационная категория")).contains(StaffField.QUALIFICATION_CATEGORY);
        assertThat(StaffField.named("ТАБЕЛЬНЫЙ  №")).contains(StaffField.PERSONNEL_NUMBER);
        assertThat(StaffField.named("Номер телефона")).contains(StaffField.PHONE);
        assertThat(StaffField.named("№ п/п")).isEmpty();
    }

    @Test
    void aTwoRowHeaderReadsEachSubtitleWithTheMergedTitleAboveIt() {
        List<String> header = List.of("№", "ФИО", "Должность", "Стаж", "", "Дата", "");
        Row below = new Row(5, List.of("", "", "", "общий", "педагогический", "рождения", "приёма на работу"));
        assertThat(HeaderContinuation.combined(header, below)).hasValueSatisfying(cells -> {
            assertThat(ColumnMapping.detect(cells).column(StaffField.TOTAL_EXPERIENCE))
                    .contains(3);
            assertThat(ColumnMapping.detect(cells).column(StaffField.TEACHING_EXPERIENCE))
                    .contains(4);
            assertThat(ColumnMapping.detect(cells).column(StaffField.BIRTH_DATE))
                    .contains(5);
            assertThat(ColumnMapping.detect(cells).column(StaffField.HIRED_ON)).contains(6);
            assertThat(ColumnMapping.detect(cells).column(StaffField.FULL_NAME)).contains(1);
        });
    }

    @Test
    void aFirstDataRowIsNeverTakenForTheHeadersSecondRow() {
        List<String> header = List.of("ФИО", "Стаж", "");
        assertThat(HeaderContinuation.combined(header, new Row(3, List.of("Иванова Анна Петровна", "общий", "5"))))
                .isEmpty();
        assertThat(HeaderContinuation.combined(List.of("ФИО", "Должность"), new Row(3, List.of("", "учитель"))))
                .isEmpty();
    }

    @Test
    void theRowOfColumnNumbersUnderAFormsHeaderIsSkipped() throws Exception {
        assertThat(HeaderContinuation.isColumnNumbers(List.of("1", "2", "3", "4")))
                .isTrue();
        assertThat(HeaderContinuation.isColumnNumbers(List.of("1.0", "2.0", "3.0")))
                .isTrue();
        assertThat(HeaderContinuation.isColumnNumbers(List.of("1", "Иванова Анна Петровна", "5")))
                .isFalse();
    }

    @Test
    void columnLettersAreExcels() {
        assertThat(SheetLayout.letter(0)).isEqualTo("A");
        assertThat(SheetLayout.letter(25)).isEqualTo("Z");
        assertThat(SheetLayout.letter(26)).isEqualTo("AA");
        assertThat(SheetLayout.letter(701)).isEqualTo("ZZ");
        assertThat(SheetLayout.letter(702)).isEqualTo("AAA");
    }
}
