package ru.nastavnik.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.PrivateFiles;
import ru.nastavnik.shared.security.CurrentUser;

/**
 * Keeps uploaded and generated files in the {@link FileStore} (the data directory or an object store): random
 * names, the type checked by content, a size limit, a checksum. An upload is first written to a private file
 * under the data directory and checked there; only a file that passed reaches the store. Who may download a
 * file is decided by the module that owns it; here a file is only ever found within its own organisation.
 */
@Service
@Transactional
public class StoredFiles {

    private static final Logger LOG = LoggerFactory.getLogger(StoredFiles.class);

    private final StoredFileRepository files;
    private final FileStorageProperties properties;
    private final FileStore store;

    StoredFiles(StoredFileRepository files, FileStorageProperties properties, FileStore store) {
        this.files = files;
        this.properties = properties;
        this.store = store;
    }

    /** Half-written files of a process that was killed: no row refers to them. */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void removeLeftovers() throws IOException {
        PrivateFiles.removeLeftovers(properties.directory(), "*.part");
    }

    public long maxScanBytes() {
        return properties.maxScanSize().toBytes();
    }

    /** Stores an upload if its content is one of {@code allowed}; otherwise refuses with a Russian reason. */
    public StoredFileInfo store(
            OrganisationId organisation,
            String purpose,
            InputStream content,
            String originalName,
            Set<FileType> allowed,
            long maxBytes) {
        Path temp = null;
        try {
            Path root = PrivateFiles.directories(properties.directory());
            temp = Files.createTempFile(root, "upload-", ".part");
            MessageDigest digest = sha256();
            long size;
            try (InputStream in = new DigestInputStream(new LimitedInputStream(content, maxBytes + 1), digest)) {
                // written into the temp file as created (0600): a replacing copy would recreate it with the umask's
                // mode
                try (var out = Files.newOutputStream(temp)) {
                    size = in.transferTo(out);
                }
            }
            if (size == 0) {
                throw InvalidInputException.of("file", "document.file.empty");
            }
            if (size > maxBytes) {
                throw InvalidInputException.of("file", "document.file.tooLarge", maxBytes / (1024 * 1024));
            }
            Optional<FileType> type = ContentSniffer.detect(temp);
            if (type.isEmpty() || !allowed.contains(type.get())) {
                throw InvalidInputException.of(
                        "file",
                        "document.file.type",
                        String.join(
                                ", ",
                                allowed.stream()
                                        .map(FileType::extension)
                                        .sorted()
                                        .toList()));
            }
            try {
                return keep(
                        organisation,
                        purpose,
                        temp,
                        SafeFileName.of(originalName, "file." + type.get().extension()),
                        type.get(),
                        size,
                        HexFormat.of().formatHex(digest.digest()));
            } catch (IOException e) {
                LOG.warn("An upload was refused: the file store ({}) failed", store.describe(), e);
                throw InvalidInputException.of("file", "document.file.storeUnavailable");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an upload", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Stores a document the system generated. */
    public StoredFileInfo storeGenerated(
            OrganisationId organisation, String purpose, byte[] content, String name, FileType type) {
        Path temp = null;
        try {
            Path root = PrivateFiles.directories(properties.directory());
            temp = Files.createTempFile(root, "generated-", ".part");
            Files.write(temp, content);
            return keep(
                    organisation,
                    purpose,
                    temp,
                    SafeFileName.of(name, "document." + type.extension()),
                    type,
                    content.length,
                    HexFormat.of().formatHex(sha256().digest(content)));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store a generated document", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Transactional(readOnly = true)
    public StoredFileInfo info(OrganisationId organisation, StoredFileId id) {
        return load(organisation, id).info();
    }

    @Transactional(readOnly = true)
    public InputStream open(OrganisationId organisation, StoredFileId id) {
        try {
            return store.open(load(organisation, id).storageKey());
        } catch (IOException e) {
            throw new UncheckedIOException("Stored file is missing in " + store.describe() + ": " + id, e);
        }
    }

    @Transactional(readOnly = true)
    public byte[] read(OrganisationId organisation, StoredFileId id) {
        try (InputStream in = open(organisation, id)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private StoredFile load(OrganisationId organisation, StoredFileId id) {
        return files.findById(id.value())
                .filter(f -> f.organisation().equals(organisation))
                .orElseThrow(NotFoundException::new);
    }

    private StoredFileInfo keep(
            OrganisationId organisation,
            String purpose,
            Path temp,
            String name,
            FileType type,
            long size,
            String sha256)
            throws IOException {
        UUID id = UUID.randomUUID();
        String key = organisation + "/" + YearMonth.now() + "/" + id + "." + type.extension();
        store.put(key, temp);
        removeOnRollback(key);
        UUID by = CurrentUser.find().map(p -> p.id().value()).orElse(null);
        return files.save(new StoredFile(id, organisation, purpose, name, type, size, sha256, key, by))
                .info();
    }

    /** A file whose row rolls back is removed too, so that no orphan bytes stay in the store. */
    private void removeOnRollback(String key) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            store.delete(key);
                        } catch (IOException e) {
                            LOG.warn("A file of a rolled-back change stays in {}: {}", store.describe(), key, e);
                        }
                    }
                }
            });
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // a leftover .part file is harmless and is overwritten by nothing
            }
        }
    }
}
