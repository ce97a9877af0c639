package ru.nastavnik.publishing.channels;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.documents.FileStore;
import ru.nastavnik.shared.PrivateFiles;

/**
 * Where the channels' key comes from, the same for every node: the setting if given; else, with the files in an
 * object store, an object of that store ({@value #OBJECT_KEY}) created once for all nodes — under a PostgreSQL
 * advisory lock, since nodes starting together would otherwise each put their own; else a file beside the local
 * files directory (shared with it when the directory is). A deployment moving to the object store carries its key
 * file there at its first start (the migration run is one), so the tokens saved before keep opening.
 */
final class ChannelKey {

    static final String OBJECT_KEY = "secrets/channels.key";

    private static final Logger LOG = LoggerFactory.getLogger(ChannelKey.class);
    /** The advisory lock's number: "chankey" in ASCII, a constant no other lock of the application uses. */
    private static final long LOCK = 0x6368616e6b6579L;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ChannelKey() {}

    static byte[] configured(String value) {
        LOG.info("The channels' tokens are sealed with the key of nastavnik.publishing.channels.secret-key");
        return decode(value);
    }

    static byte[] fromFile(Path file) {
        Path normalised = file.toAbsolutePath().normalize();
        try {
            if (!Files.exists(normalised)) {
                PrivateFiles.directories(normalised.getParent());
                try (OutputStream out = PrivateFiles.create(normalised)) {
                    out.write(fresh());
                    LOG.info("A new key for the channels' tokens was created in {}", normalised);
                } catch (FileAlreadyExistsException raced) {
                    // another node or test context created it first: use theirs
                }
            }
            LOG.info("The channels' tokens are sealed with the key file {}", normalised);
            return decode(Files.readString(normalised));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the channels' key file " + file, e);
        }
    }

    /** Read, and only if absent put (the local key file's or a new one) and read back — one node at a time. */
    static byte[] fromStore(FileStore store, Path localFile, JdbcTemplate jdbc, TransactionTemplate transactions) {
        byte[] key = transactions.execute(status -> {
            jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, LOCK);
            try {
                Optional<byte[]> kept = read(store);
                if (kept.isPresent()) {
                    return kept.get();
                }
                Path local = localFile.toAbsolutePath().normalize();
                byte[] encoded;
                if (Files.exists(local)) {
                    encoded = Files.readString(local).strip().getBytes(StandardCharsets.US_ASCII);
                    decode(new String(encoded, StandardCharsets.US_ASCII));
                    LOG.warn("The channels' key file {} was carried into the object store as {}", local, OBJECT_KEY);
                } else {
                    encoded = fresh();
                    LOG.info("A new key for the channels' tokens was created in the object store as {}", OBJECT_KEY);
                }
                store.put(OBJECT_KEY, new ByteArrayInputStream(encoded), encoded.length);
                return read(store).orElseThrow(() -> new NoSuchFileException(OBJECT_KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "Could not read or create the channels' key " + OBJECT_KEY + " in " + store.describe(), e);
            }
        });
        LOG.info("The channels' tokens are sealed with the key {} of {}", OBJECT_KEY, store.describe());
        return key;
    }

    private static Optional<byte[]> read(FileStore store) throws IOException {
        try (InputStream in = store.open(OBJECT_KEY)) {
            return Optional.of(decode(new String(in.readAllBytes(), StandardCharsets.US_ASCII)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    private static byte[] fresh() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encode(key);
    }

    static byte[] decode(String encoded) {
        byte[] bytes = Base64.getDecoder().decode(encoded.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("nastavnik.publishing.channels.secret-key must be Base64 of 32 bytes");
        }
        return bytes;
    }
}
