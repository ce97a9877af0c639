package ru.nastavnik.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.people.ImportProperties;
import ru.nastavnik.shared.InvalidInputException;

/**
 * Keeps an uploaded staff file between the mapping step and the import. The stored name is random: the
 * name the browser sent is kept only as text and never touches the file system. Old uploads are swept.
 */
@Component
class ImportUploads {

    private static final Duration KEEP = Duration.ofHours(2);

    private final ImportProperties properties;

    ImportUploads(ImportProperties properties) {
        this.properties = properties;
    }

    Upload store(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", "import.file.empty");
        }
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw InvalidInputException.of("file", "import.file.tooLarge", properties.maxFileSize().toMegabytes());
        }
        try {
            Path directory = Files.createDirectories(properties.tempDirectory());
            sweep(directory);
            String token = UUID.randomUUID().toString();
            Path target = directory.resolve(token + ".upload");
            try (var in = file.getInputStream()) {
                Files.copy(in, target);
            }
            return new Upload(token, target, file.getOriginalFilename());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the upload", e);
        }
    }

    Path path(String token) {
        UUID.fromString(token);
        return properties.tempDirectory().resolve(token + ".upload");
    }

    void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // swept later
        }
    }

    private static void sweep(Path directory) throws IOException {
        Instant cutoff = Instant.now().minus(KEEP);
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(p -> {
                try {
                    return Files.getLastModifiedTime(p).toInstant().isBefore(cutoff);
                } catch (IOException e) {
                    return false;
                }
            }).forEach(p -> p.toFile().delete());
        }
    }

    record Upload(String token, Path path, String originalName) {
    }
}
