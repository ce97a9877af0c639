package ru.nastavnik.people.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import ru.nastavnik.people.ImportProperties;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.PrivateFiles;

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
            Path directory = PrivateFiles.directories(properties.tempDirectory());
            sweep(directory);
            String token = UUID.randomUUID().toString();
            Path target = directory.resolve(token + ".upload");
            try (var in = file.getInputStream(); var out = PrivateFiles.create(target)) {
                in.transferTo(out);
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

    /** Where the rows of an upload left out of its import wait for the curator to download them. */
    Path leftOutPath(String token) {
        UUID.fromString(token);
        return properties.tempDirectory().resolve(token + ".left-out.xlsx");
    }

    void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // swept later
        }
    }

    /** An upload waits only for the browser that sent it; after a restart (a killed import too) none can be used. */
    @EventListener(ApplicationReadyEvent.class)
    void removeLeftUploads() {
        try {
            PrivateFiles.removeLeftovers(properties.tempDirectory(), "*.upload");
            PrivateFiles.removeLeftovers(properties.tempDirectory(), "*.left-out.xlsx");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove the uploads left in " + properties.tempDirectory(), e);
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
