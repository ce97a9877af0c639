package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SafeFileNameTests {

    @Test
    void anUploadedNameLosesItsDirectories() {
        assertThat(SafeFileName.of("C:\\Users\\curator\\приказ.docx", "file")).isEqualTo("приказ.docx");
        assertThat(SafeFileName.of("../../etc/passwd", "file")).isEqualTo("passwd");
    }

    @Test
    void aGeneratedNameKeepsATitlesSlashAsADash() {
        assertThat(SafeFileName.attachment("Протокол — Итоги наставничества 2026/2027.pdf"))
                .contains("filename*=UTF-8''")
                .contains("2026-2027.pdf")
                .contains("%D0%9F%D1%80%D0%BE%D1%82%D0%BE%D0%BA%D0%BE%D0%BB");
    }
}
