package ru.nastavnik.documents;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where stored files live and how large an upload may be.
 *
 * @param directory   the root of stored files with the local store (default {@code data/files}); with any store,
 *                    where an upload waits as a private {@code *.part} file while it is checked
 * @param maxScanSize the largest signed scan or evidence file
 */
@ConfigurationProperties("nastavnik.files")
record FileStorageProperties(Path directory, DataSize maxScanSize) {

    FileStorageProperties {
        directory = directory == null ? Path.of("data", "files") : directory;
        maxScanSize = maxScanSize == null ? DataSize.ofMegabytes(15) : maxScanSize;
    }
}
