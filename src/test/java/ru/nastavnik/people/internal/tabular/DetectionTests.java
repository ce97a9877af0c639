package ru.nastavnik.people.internal.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DetectionTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "NULL",
            value = {
                "list.csv|csv",
                "СПИСОК.XLSX|xlsx",
                "C:\\Users\\Секретарь\\Desktop\\list.txt|txt",
                "../../etc/passwd|''",
                "folder.v2/list|''",
                "list.|''",
                "NULL|''",
                "  list.csv  |csv"
            })
    void takesTheExtensionFromTheLastPartOfTheName(String name, String extension) {
        assertThat(UploadName.extension(name)).isEqualTo(extension);
    }

    @Test
    void guessesTheSeparatorFromTheHeaderLine() {
        assertThat(SeparatorGuess.of("ФИО;Должность;Стаж\nИванов,Иван;учитель;3"))
                .isEqualTo(';');
        assertThat(SeparatorGuess.of("ФИО,Должность,Стаж")).isEqualTo(',');
        assertThat(SeparatorGuess.of("ФИО\tДолжность\tСтаж")).isEqualTo('\t');
        assertThat(SeparatorGuess.of("ФИО;Должность,Стаж")).isEqualTo(';');
        assertThat(SeparatorGuess.of("\"Фамилия, имя\";\"Должность, предмет\"")).isEqualTo(';');
        assertThat(SeparatorGuess.of("\"Фамилия,\nимя\",Должность")).isEqualTo(',');
        assertThat(SeparatorGuess.of(";;;\r\n\r\nФИО,Должность")).isEqualTo(',');
        assertThat(SeparatorGuess.of("ФИО")).isEqualTo(';');
    }

    @Test
    void writesNumbersWithoutSpuriousDecimalsOrExponents() {
        assertThat(ShownValues.plain(12.0)).isEqualTo("12");
        assertThat(ShownValues.plain(3.5)).isEqualTo("3.5");
        assertThat(ShownValues.plain(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(ShownValues.plain(-4.0)).isEqualTo("-4");
        assertThat(ShownValues.plain(123456789012.0)).isEqualTo("123456789012");
        assertThat(ShownValues.plain(0.0)).isEqualTo("0");
    }

    @Test
    void mapsColumnReferencesToIndexes() {
        assertThat(SheetRowCollector.column("A1")).isZero();
        assertThat(SheetRowCollector.column("C17")).isEqualTo(2);
        assertThat(SheetRowCollector.column("AA3")).isEqualTo(26);
        assertThat(SheetRowCollector.column("XFD1")).isEqualTo(16_383);
    }
}
