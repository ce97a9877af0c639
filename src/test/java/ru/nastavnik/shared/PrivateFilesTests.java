package ru.nastavnik.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;

class PrivateFilesTests {

    @Test
    void directoriesAndFilesOfPersonalDataAreTheOwnersOnly() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "private-");
        Path directory = PrivateFiles.directories(root.resolve("a/b"));
        try (OutputStream out = PrivateFiles.create(directory.resolve("scan.pdf"))) {
            out.write(1);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("a"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory.resolve("scan.pdf"))))
                .isEqualTo("rw-------");
    }

    @Test
    void leftoversOfAKilledProcessAreRemovedAndNothingElse() throws Exception {
        Path root = Files.createTempDirectory(Path.of("target"), "leftovers-");
        Files.writeString(root.resolve("1.upload"), "x");
        Files.writeString(root.resolve("kept.pdf"), "x");
        assertThat(PrivateFiles.removeLeftovers(root, "*.upload")).isEqualTo(1);
        assertThat(root.resolve("kept.pdf")).exists();
        assertThat(root.resolve("1.upload")).doesNotExist();
    }
}
