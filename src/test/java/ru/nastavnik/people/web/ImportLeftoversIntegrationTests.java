package ru.nastavnik.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.event.EventListener;
import ru.nastavnik.people.internal.ImportProperties;

/**
 * Issue 20, item 7: an import killed mid-way leaves its private copies in the import directory; the node's start
 * removes them — and nothing else that lives there.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ImportLeftoversIntegrationTests {

    @Autowired
    ImportUploads uploads;

    @Autowired
    ImportProperties properties;

    @Test
    void theStartRemovesWhatAKilledImportLeftAndNothingElse() throws Exception {
        Path directory = Files.createDirectories(properties.tempDirectory());
        Path copy = Files.writeString(directory.resolve("import-killed.part"), "Фамилия;Имя");
        Path upload = Files.writeString(directory.resolve("import-killed.upload"), "Фамилия;Имя");
        Path leftOut = Files.writeString(directory.resolve("import-killed.left-out.xlsx"), "PK");
        Path other = Files.writeString(directory.resolve("readme.txt"), "not an import's");

        uploads.removeLeftUploads();

        assertThat(copy).doesNotExist();
        assertThat(upload).doesNotExist();
        assertThat(leftOut).doesNotExist();
        assertThat(other).exists();
        Files.delete(other);
        assertThat(ImportUploads.class
                        .getDeclaredMethod("removeLeftUploads")
                        .getAnnotation(EventListener.class)
                        .value())
                .as("run when the node has started")
                .containsExactly(ApplicationReadyEvent.class);
    }
}
