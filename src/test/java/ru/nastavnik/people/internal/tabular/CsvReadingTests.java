package ru.nastavnik.people.internal.tabular;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReadingTests {

    private static final Charset CP1251 = Charset.forName("windows-1251");

    @TempDir
    Path dir;

    @Test
    void readsUtf8WithBomAndSemicolons() {
        Path file = Uploads.text(
                dir, "ФИО;Должность\r\nИванова Анна Петровна;учитель\r\n", UTF_8, Uploads.bom(0xEF, 0xBB, 0xBF));

        try (TabularReader reader = Uploads.open(file, "учителя.csv")) {
            assertThat(reader.format()).isEqualTo("CSV");
            assertThat(reader.encoding()).isEqualTo("UTF-8");
            assertThat(reader.separator()).isEqualTo(';');
            // the BOM must not stick to the first header cell
            assertThat(reader.header()).containsExactly("ФИО", "Должность");
            assertThat(Uploads.rows(reader)).containsExactly(new Row(2, List.of("Иванова Анна Петровна", "учитель")));
        }
    }

    @Test
    void readsUtf8WithoutBomAndCommas() {
        Path file = Uploads.text(dir, "ФИО,Должность,Стаж\nПетров Пётр,директор,25\n", UTF_8);

        try (TabularReader reader = Uploads.open(file, "staff.CSV")) {
            assertThat(reader.encoding()).isEqualTo("UTF-8");
            assertThat(reader.separator()).isEqualTo(',');
            assertThat(reader.header()).containsExactly("ФИО", "Должность", "Стаж");
            assertThat(reader.next().cells()).containsExactly("Петров Пётр", "директор", "25");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void readsWindows1251SemicolonCsv() {
        Path file = Uploads.text(dir, "ФИО;Должность;Категория\r\nСидорова Ёлка Ильинична;учитель;высшая\r\n", CP1251);

        try (TabularReader reader = Uploads.open(file, "Книга1.csv")) {
            assertThat(reader.encoding()).isEqualTo("windows-1251");
            assertThat(reader.separator()).isEqualTo(';');
            assertThat(reader.header()).containsExactly("ФИО", "Должность", "Категория");
            assertThat(reader.next().cells()).containsExactly("Сидорова Ёлка Ильинична", "учитель", "высшая");
        }
    }

    @Test
    void readsUtf16LeTabSeparatedWithBom() {
        Path file = Uploads.text(
                dir, "ФИО\tДолжность\r\nКузнецова Мария\tпедагог-психолог\r\n", UTF_16LE, Uploads.bom(0xFF, 0xFE));

        try (TabularReader reader = Uploads.open(file, "Unicode.txt")) {
            assertThat(reader.encoding()).isEqualTo("UTF-16LE");
            assertThat(reader.separator()).isEqualTo('\t');
            assertThat(reader.header()).containsExactly("ФИО", "Должность");
            assertThat(reader.next().cells()).containsExactly("Кузнецова Мария", "педагог-психолог");
        }
    }

    @Test
    void readsUtf16BeWithBom() {
        Path file = Uploads.text(dir, "ФИО\tДолжность\nОрлов\tучитель\n", UTF_16BE, Uploads.bom(0xFE, 0xFF));

        try (TabularReader reader = Uploads.open(file, "list.txt")) {
            assertThat(reader.encoding()).isEqualTo("UTF-16BE");
            assertThat(reader.next().cells()).containsExactly("Орлов", "учитель");
        }
    }

    @Test
    void keepsSeparatorsQuotesAndLineBreaksInsideQuotedFields() {
        String csv = """
                ФИО;"Должность; нагрузка";Примечание
                "Иванов; Иван";"учитель ""высшей"" категории";"первая строка
                вторая строка"
                Петров;учитель;
                """;
        Path file = Uploads.text(dir, csv, UTF_8);

        try (TabularReader reader = Uploads.open(file, "list.csv")) {
            assertThat(reader.separator()).isEqualTo(';');
            assertThat(reader.header()).containsExactly("ФИО", "Должность; нагрузка", "Примечание");
            Row quoted = reader.next();
            assertThat(quoted.cells())
                    .containsExactly("Иванов; Иван", "учитель \"высшей\" категории", "первая строка\nвторая строка");
            assertThat(quoted.number()).isEqualTo(2);
            // a line break inside a cell keeps it one row, as in Excel
            assertThat(reader.next().number()).isEqualTo(3);
        }
    }

    @Test
    void skipsBlankLinesButCountsThemInRowNumbers() {
        String csv = "\r\n;;\r\nФИО;Должность\r\nАнна;учитель\r\n\r\n  ;  \r\nБорис;директор\r\n;\r\n";
        Path file = Uploads.text(dir, csv, UTF_8);

        try (TabularReader reader = Uploads.open(file, "list.csv")) {
            assertThat(reader.header()).containsExactly("ФИО", "Должность");
            assertThat(Uploads.rows(reader)).extracting(Row::number).containsExactly(4, 7);
        }
    }

    @Test
    void readsAHeaderWithoutRowsAsNoRows() {
        Path file = Uploads.text(dir, "ФИО;Должность\r\n", UTF_8);

        try (TabularReader reader = Uploads.open(file, "list.csv")) {
            assertThat(reader.header()).containsExactly("ФИО", "Должность");
            assertThat(reader.next()).isNull();
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void trimsOrdinaryAndNonBreakingSpaces() {
        Path file = Uploads.text(dir, " ФИО ;\u00A0Должность\u00A0\nИванов\u00A0 ;  учитель\t\n", UTF_8);

        try (TabularReader reader = Uploads.open(file, "list.csv")) {
            assertThat(reader.header()).containsExactly("ФИО", "Должность");
            assertThat(reader.next().cells()).containsExactly("Иванов", "учитель");
        }
    }

    @Test
    void choosesTheSeparatorFromTheHeaderOutsideQuotes() {
        Path file = Uploads.text(dir, "\"Фамилия, имя, отчество\";Должность\nИванов, Иван;учитель\n", UTF_8);

        try (TabularReader reader = Uploads.open(file, "list.csv")) {
            assertThat(reader.separator()).isEqualTo(';');
            assertThat(reader.next().cells()).containsExactly("Иванов, Иван", "учитель");
        }
    }

    @Test
    void readsFilesWithoutExtensionOrNameByContent() {
        Path file = Uploads.text(dir, "ФИО;Должность\nИванов;учитель\n", UTF_8);

        assertThat(Uploads.rows(file, null)).hasSize(1);
        assertThat(Uploads.rows(file, "C:\\Users\\secretary\\Desktop\\список")).hasSize(1);
    }

    @Test
    void detectsUtf8WhenACharacterIsCutAtTheEndOfTheDetectionWindow() {
        String filler = "x".repeat(TabularFiles.HEAD_BYTES - "ФИО\n".getBytes(UTF_8).length - 1);
        // "Ж" takes two bytes; its first byte is the last one of the 64 KB window
        Path file = Uploads.text(dir, "ФИО\n" + filler + "Ж\n", UTF_8);

        try (TabularReader reader = Uploads.open(file, "list.csv")) {
            assertThat(reader.encoding()).isEqualTo("UTF-8");
            assertThat(reader.next().cells()).containsExactly(filler + "Ж");
        }
    }

    @Test
    void reportsTextThatStopsBeingUtf8WithItsRow() {
        StringBuilder utf8 = new StringBuilder("ФИО;Должность\n");
        for (int i = 2; i <= 3000; i++) {
            utf8.append("Учитель номер ").append(i).append(";учитель\n");
        }
        byte[] head = utf8.toString().getBytes(UTF_8);
        byte[] tail = "Ёлкина;учитель\n".getBytes(CP1251);
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        assertThat(head.length).isGreaterThan(TabularFiles.HEAD_BYTES);

        TabularFileException failure = Uploads.failure(Uploads.bytes(dir, all), "list.csv");

        assertThat(failure.messageKey()).isEqualTo("import.file.encoding");
        assertThat(failure.args()).containsExactly(3001);
    }

    @Test
    void reportsAnUnclosedQuoteWithTheRowWhereItOpens() {
        Path file = Uploads.text(dir, "ФИО;Должность\nИванов;учитель\n\"Петров;учитель\nСидоров;учитель\n", UTF_8);

        TabularFileException failure = Uploads.failure(file, "list.csv");

        assertThat(failure.messageKey()).isEqualTo("import.file.unclosedQuote");
        assertThat(failure.args()).containsExactly(3);
    }
}
