package ru.nastavnik.people.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a staff import.
 *
 * @param maxFileSize   larger uploads are refused before they are read
 * @param maxRows       more data rows than this are refused (a school has hundreds, a district thousands)
 * @param tempDirectory where an upload waits between the mapping step and the import
 */
@ConfigurationProperties("nastavnik.import")
public record ImportProperties(DataSize maxFileSize, Integer maxRows, Path tempDirectory) {

    public ImportProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(20) : maxFileSize;
        maxRows = maxRows == null ? 50_000 : maxRows;
        tempDirectory = tempDirectory == null ? Path.of("data", "tmp", "imports") : tempDirectory;
    }
}
