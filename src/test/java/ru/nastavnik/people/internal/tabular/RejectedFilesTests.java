package ru.nastavnik.people.internal.tabular;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RejectedFilesTests {

    private static final long BOMB_PADDING = 200L * 1024 * 1024;
    private static final byte[] OLE2 = Uploads.bom(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0);

    @TempDir
    Path dir;

    @Test
    void rejectsAZipBomb() {
        Path bomb = HandmadeXlsx.zipBomb(dir, BOMB_PADDING);
        assertThat(bomb.toFile().length()).isLessThan(BOMB_PADDING / 500);

        long started = System.nanoTime();
        TabularFileException failure = Uploads.failure(bomb, "list.xlsx");

        assertThat(failure.messageKey()).isEqualTo("import.file.zipBomb");
        // POI's own check, which stops inflating once the ratio is off, not the parser running out of data
        assertThat(failure).rootCause().hasMessageContaining("Zip bomb detected");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void rejectsAZipBombWhoseCentralDirectoryIsCutOff() throws IOException {
        byte[] bomb = Files.readAllBytes(HandmadeXlsx.zipBomb(dir, BOMB_PADDING));
        // POI then falls back to reading the entries one after another, which must be guarded too
        Path cut = Uploads.bytes(dir, Arrays.copyOf(bomb, bomb.length - 30));

        assertThat(Uploads.failure(cut, "list.xlsx").messageKey()).isEqualTo("import.file.zipBomb");
    }

    @Test
    void rejectsAnXlsxThatIsReallyText() {
        Path file = Uploads.text(dir, "ФИО;Должность\nИванов;учитель\n", UTF_8);

        assertThat(Uploads.failure(file, "list.xlsx").messageKey()).isEqualTo("import.file.nameMismatch");
        assertThat(Uploads.failure(file, "list.xlsx").args()).containsExactly("xlsx");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list.csv", "list.txt"})
    void rejectsACsvThatIsReallyAZip(String name) throws IOException {
        Path file = poiWorkbook();

        assertThat(Uploads.failure(file, name).messageKey()).isEqualTo("import.file.nameMismatch");
    }

    @Test
    void rejectsARenamedExecutable() {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        Path file = Uploads.bytes(dir, exe);

        assertThat(Uploads.failure(file, "список.csv").messageKey()).isEqualTo("import.file.notTable");
        assertThat(Uploads.failure(file, "список.xlsx").messageKey()).isEqualTo("import.file.notTable");
    }

    @Test
    void rejectsAPdfAndAPicture() {
        Path pdf = Uploads.bytes(dir, "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(UTF_8));
        Path png = Uploads.bytes(dir, Uploads.bom(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A));

        assertThat(Uploads.failure(pdf, "list.csv").messageKey()).isEqualTo("import.file.notTable");
        assertThat(Uploads.failure(png, null).messageKey()).isEqualTo("import.file.notTable");
    }

    @Test
    void rejectsBinaryContentWithNulBytes() {
        byte[] content = "ФИО;Должность\n\0\0\0\u0001\u0002".getBytes(UTF_8);

        assertThat(Uploads.failure(Uploads.bytes(dir, content), "list.csv").messageKey())
                .isEqualTo("import.file.notTable");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list.xls", "list.xlsx", "list.csv", ""})
    void rejectsAnOldXlsFileWhateverItIsCalled(String name) {
        byte[] content = Arrays.copyOf(OLE2, 4096);

        assertThat(Uploads.failure(Uploads.bytes(dir, content), name).messageKey())
                .isEqualTo("import.file.xls");
    }

    @Test
    void rejectsAFileOverTheSizeLimitNamingTheLimit() {
        Path file = Uploads.text(dir, "ФИО\n" + "Иванов\n".repeat(1000), UTF_8);

        TabularFileException failure = Uploads.failure(file, "list.csv", 1000);

        assertThat(failure.messageKey()).isEqualTo("import.file.tooLarge");
        assertThat(failure.args()).hasSize(1);
        assertThat((Double) failure.args()[0]).isCloseTo(1000 / 1048576.0, offset(1e-9));
        assertThat(Uploads.failure(file, "list.csv", 512 * 1024)).isNull();
    }

    @Test
    void rejectsAnEmptyFile() {
        assertThat(Uploads.failure(Uploads.bytes(dir, new byte[0]), "list.csv").messageKey())
                .isEqualTo("import.file.empty");
    }

    @Test
    void rejectsAFileOfBlankLinesAndEmptyCells() {
        Path file = Uploads.text(dir, "\r\n   \r\n;;;\r\n\t\r\n", UTF_8);

        assertThat(Uploads.failure(file, "list.csv").messageKey()).isEqualTo("import.file.empty");
    }

    @Test
    void rejectsAWorkbookWithoutRows() {
        Path file = HandmadeXlsx.withSheet(dir, HandmadeXlsx.SHEET_START + HandmadeXlsx.SHEET_END);

        assertThat(Uploads.failure(file, "list.xlsx").messageKey()).isEqualTo("import.file.empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"list.docx", "list.EXE", "C:\\fakepath\\list.ods", "archive.tar.gz"})
    void rejectsOtherExtensions(String name) {
        Path file = Uploads.text(dir, "ФИО;Должность\nИванов;учитель\n", UTF_8);

        TabularFileException failure = Uploads.failure(file, name);

        assertThat(failure.messageKey()).isEqualTo("import.file.extension");
        assertThat(failure.args())
                .containsExactly(name.substring(name.lastIndexOf('.') + 1).toLowerCase());
    }

    @Test
    void rejectsAZipThatIsNotAWorkbook() {
        assertThat(Uploads.failure(HandmadeXlsx.plainZip(dir), "list.xlsx").messageKey())
                .isEqualTo("import.file.notWorkbook");
    }

    @Test
    void rejectsATruncatedWorkbook() throws IOException {
        byte[] whole = Files.readAllBytes(poiWorkbook());
        Path truncated = Uploads.bytes(dir, Arrays.copyOf(whole, whole.length / 2));

        assertThat(Uploads.failure(truncated, "list.xlsx").messageKey()).isEqualTo("import.file.corrupt");
    }

    @Test
    void rejectsASheetWithADoctypeWithoutResolvingEntities() {
        Path file = HandmadeXlsx.withSheet(dir, """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
                <row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row>
                </sheetData></worksheet>""");

        assertThat(Uploads.failure(file, "list.xlsx").messageKey()).isEqualTo("import.file.corrupt");
    }

    private Path poiWorkbook() throws IOException {
        return PoiWorkbooks.write(dir, book -> PoiWorkbooks.header(book.createSheet(), "ФИО"));
    }
}
