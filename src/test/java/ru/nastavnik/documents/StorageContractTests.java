package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import ru.nastavnik.documents.internal.storage.LocalFileStore;
import ru.nastavnik.documents.internal.storage.S3FileStore;

/**
 * What every {@link FileStore} must do, run against both: the local directory and an S3-compatible server
 * (S3Proxy, started by the tests); then the migration from one into the other.
 */
class StorageContractTests {

    static Stream<FileStore> stores() throws IOException {
        return Stream.of(localStore(), S3Server.start().freshStore());
    }

    @ParameterizedTest
    @MethodSource("stores")
    void whatIsPutIsReadBackByteForByteAndReplacedByTheNextPut(FileStore store) throws IOException {
        byte[] scan = "%PDF-1.4 скан".getBytes(StandardCharsets.UTF_8);
        store.put("org/2026-12/a.pdf", new ByteArrayInputStream(scan), scan.length);
        assertThat(read(store, "org/2026-12/a.pdf")).isEqualTo(scan);
        assertThat(store.size("org/2026-12/a.pdf")).isEqualTo(OptionalLong.of(scan.length));

        Path file = Files.createTempFile(Path.of("target"), "contract-", ".part");
        Files.writeString(file, "второй");
        store.put("org/2026-12/a.pdf", file);
        assertThat(new String(read(store, "org/2026-12/a.pdf"), StandardCharsets.UTF_8))
                .isEqualTo("второй");
        Files.deleteIfExists(file);
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aMissingKeyIsNoSuchFileAndHasNoSize(FileStore store) throws IOException {
        assertThatThrownBy(() -> store.open("org/2026-12/missing.pdf")).isInstanceOf(NoSuchFileException.class);
        assertThat(store.size("org/2026-12/missing.pdf")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aDeletedFileIsGoneAndDeletingItAgainIsNoError(FileStore store) throws IOException {
        store.put("org/2026-12/b.docx", new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
        store.delete("org/2026-12/b.docx");
        store.delete("org/2026-12/b.docx");
        assertThat(store.size("org/2026-12/b.docx")).isEmpty();
        assertThat(keys(store, "")).doesNotContain("org/2026-12/b.docx");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void everyKeyIsListedWithItsSizeAndTimeAndAPrefixListsItsOwn(FileStore store) throws IOException {
        Instant before = Instant.now().minusSeconds(5);
        for (String key : List.of("a/2026-11/1.pdf", "a/2026-12/2.pdf", "b/2026-12/3.jpg")) {
            store.put(key, new ByteArrayInputStream(new byte[] {7, 7}), 2);
        }
        assertThat(keys(store, "")).containsExactlyInAnyOrder("a/2026-11/1.pdf", "a/2026-12/2.pdf", "b/2026-12/3.jpg");
        assertThat(keys(store, "a/")).containsExactlyInAnyOrder("a/2026-11/1.pdf", "a/2026-12/2.pdf");
        assertThat(keys(store, "a/2026-12/")).containsExactly("a/2026-12/2.pdf");
        assertThat(keys(store, "c/")).isEmpty();
        try (Stream<FileStore.Entry> entries = store.list("b/")) {
            FileStore.Entry entry = entries.findFirst().orElseThrow();
            assertThat(entry.size()).isEqualTo(2);
            assertThat(entry.modified()).isAfter(before).isBefore(Instant.now().plusSeconds(5));
        }
    }

    @ParameterizedTest
    @MethodSource("stores")
    void aLargeFileStreamsThroughIntact(FileStore store) throws Exception {
        long size = 48L * 1024 * 1024 + 17;
        MessageDigest written = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(new Noise(size), written)) {
            store.put("org/2026-12/large.pdf", in, size);
        }
        MessageDigest read = MessageDigest.getInstance("SHA-256");
        try (InputStream in = new DigestInputStream(store.open("org/2026-12/large.pdf"), read)) {
            assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(size);
        }
        assertThat(read.digest()).isEqualTo(written.digest());
    }

    @Test
    void theLocalStoreKeepsFilesForItsOwnUserAndNeverLeavesItsDirectory() throws IOException {
        Path root = Files.createTempDirectory(Path.of("target"), "store-");
        LocalFileStore store = new LocalFileStore(root);
        store.put("org/2026-12/c.pdf", new ByteArrayInputStream(new byte[] {1}), 1);
        Files.writeString(root.resolve("upload-1.part"), "half-written");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("org/2026-12"))))
                .isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("org/2026-12/c.pdf"))))
                .isEqualTo("rw-------");
        assertThat(keys(store, "")).containsExactly("org/2026-12/c.pdf");
        assertThatThrownBy(() -> store.open("../outside.pdf")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.open("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theMigrationCopiesEachLocalFileOnceAndCountsWhatItDid() throws IOException {
        FileStore local = localStore();
        S3FileStore s3 = S3Server.start().freshStore();
        for (String key : List.of("a/2026-11/1.pdf", "a/2026-12/2.pdf", "b/2026-12/3.jpg")) {
            local.put(key, new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8)), key.length());
        }
        assertThat(StorageMigration.copy(local, s3)).isEqualTo(new StorageMigration.Result(3, 0));
        assertThat(StorageMigration.copy(local, s3)).isEqualTo(new StorageMigration.Result(0, 3));
        assertThat(new String(read(s3, "b/2026-12/3.jpg"), StandardCharsets.UTF_8))
                .isEqualTo("b/2026-12/3.jpg");

        // a copy cut short (here: a different size in the target) is made again
        s3.put("a/2026-12/2.pdf", new ByteArrayInputStream(new byte[] {1}), 1);
        assertThat(StorageMigration.copy(local, s3)).isEqualTo(new StorageMigration.Result(1, 2));
        assertThat(read(s3, "a/2026-12/2.pdf")).hasSize("a/2026-12/2.pdf".length());
    }

    @Test
    void anUnreachableObjectStoreFailsAsAnIoErrorNotSilently() {
        StorageProperties.S3 nowhere = new StorageProperties.S3(
                URI.create("http://127.0.0.1:9"), "us-east-1", "none", true, S3Server.IDENTITY, S3Server.CREDENTIAL);
        try (S3FileStore store = new S3FileStore(FileStoreConfiguration.client(nowhere), "none")) {
            assertThatThrownBy(() -> store.put("org/2026-12/d.pdf", new ByteArrayInputStream(new byte[] {1}), 1))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("unavailable");
        }
    }

    private static FileStore localStore() throws IOException {
        Files.createDirectories(Path.of("target"));
        return new LocalFileStore(Files.createTempDirectory(Path.of("target"), "store-"));
    }

    private static List<String> keys(FileStore store, String prefix) throws IOException {
        try (Stream<FileStore.Entry> entries = store.list(prefix)) {
            return entries.map(FileStore.Entry::key).toList();
        }
    }

    private static byte[] read(FileStore store, String key) throws IOException {
        try (InputStream in = store.open(key)) {
            return in.readAllBytes();
        }
    }

    /** Pseudo-random bytes of a given length, made as they are read: never the whole file in memory. */
    private static final class Noise extends InputStream {

        private final Random random = new Random(42);
        private long remaining;

        Noise(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            if (remaining <= 0) {
                return -1;
            }
            remaining--;
            return random.nextInt(256);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, buffer, offset, n);
            remaining -= n;
            return n;
        }
    }
}
