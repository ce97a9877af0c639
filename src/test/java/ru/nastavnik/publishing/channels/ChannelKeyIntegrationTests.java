package ru.nastavnik.publishing.channels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import ru.nastavnik.documents.FileStore;
import ru.nastavnik.documents.S3Server;
import ru.nastavnik.documents.internal.storage.LocalFileStore;

/**
 * Issue 19, stateless nodes: with the files in an object store and no key set, every node seals and opens the
 * channels' tokens with one key kept in the bucket — created once when nodes start together, carried there from a
 * deployment's former key file — and no node makes a key file of its own. The local store keeps its key file.
 * Two "nodes" are two {@link ChannelSecrets} with data directories of their own on one bucket and one database.
 */
@SpringBootTest
// not for MockMvc: the same context-cache key as the other service-level tests, so no context of its own
@AutoConfigureMockMvc
class ChannelKeyIntegrationTests {

    private static final String TOKEN = "123456:ABCdefGhIJKlmnoPQRstuVWXyz0123456789";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @TempDir
    Path data;

    @Test
    void aTokenSealedOnOneNodeOpensOnTheOtherAndTheKeyIsCreatedOnceWhenBothStartTogether() throws Exception {
        S3Server s3 = S3Server.start();
        for (int round = 0; round < 3; round++) {
            String nodeA = "a" + round;
            String nodeB = "b" + round;
            String bucket = s3.freshBucket();
            AtomicInteger puts = new AtomicInteger();
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                Future<ChannelSecrets> a =
                        nodes.submit(() -> node(new Counting(s3.store(bucket), puts), nodeA, together));
                Future<ChannelSecrets> b =
                        nodes.submit(() -> node(new Counting(s3.store(bucket), puts), nodeB, together));
                ChannelSecrets onA = a.get(60, TimeUnit.SECONDS);
                ChannelSecrets onB = b.get(60, TimeUnit.SECONDS);

                assertThat(puts).hasValue(1);
                assertThat(onB.decrypt(onA.encrypt(TOKEN))).isEqualTo(TOKEN);
                assertThat(onA.decrypt(onB.encrypt(TOKEN))).isEqualTo(TOKEN);
                assertThat(keyFile(nodeA)).doesNotExist();
                assertThat(keyFile(nodeB)).doesNotExist();
                try (Stream<FileStore.Entry> kept = s3.store(bucket).list("")) {
                    assertThat(kept.map(FileStore.Entry::key)).containsExactly(ChannelKey.OBJECT_KEY);
                }
            } finally {
                nodes.shutdownNow();
            }
        }
    }

    @Test
    void aDeploymentMovingToTheObjectStoreCarriesItsKeyFileSoItsTokensKeepOpening() throws IOException {
        ChannelSecrets before = secrets(new LocalFileStore(data.resolve("a/files")), "a");
        byte[] saved = before.encrypt(TOKEN);
        String bucket = S3Server.start().freshBucket();

        ChannelSecrets onA = secrets(S3Server.start().store(bucket), "a");
        ChannelSecrets onB = secrets(S3Server.start().store(bucket), "b");

        assertThat(onA.decrypt(saved)).isEqualTo(TOKEN);
        assertThat(onB.decrypt(saved)).isEqualTo(TOKEN);
        try (InputStream in = S3Server.start().store(bucket).open(ChannelKey.OBJECT_KEY)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo(Files.readString(keyFile("a")).strip());
        }
    }

    @Test
    void theLocalStoreKeepsAKeyFileBesideTheFilesDirectory() throws IOException {
        ChannelSecrets first = secrets(new LocalFileStore(data.resolve("shared/files")), "shared");
        assertThat(keyFile("shared")).exists();
        ChannelSecrets second = secrets(new LocalFileStore(data.resolve("shared/files")), "shared");

        assertThat(second.decrypt(first.encrypt(TOKEN))).isEqualTo(TOKEN);
    }

    private ChannelSecrets node(FileStore store, String name, CyclicBarrier together) throws Exception {
        together.await(30, TimeUnit.SECONDS);
        return secrets(store, name);
    }

    private ChannelSecrets secrets(FileStore store, String node) {
        return new ChannelSecrets("", data.resolve(node).resolve("files/../channels.key"), store, jdbc, transactions);
    }

    /** Where the default puts it: {@code ${nastavnik.files.directory}/../channels.key}. */
    private Path keyFile(String node) {
        return data.resolve(node).resolve("channels.key");
    }

    /** A node's store counting what is put under the key's name. */
    private record Counting(FileStore store, AtomicInteger puts) implements FileStore {

        @Override
        public void put(String key, InputStream content, long size) throws IOException {
            if (key.equals(ChannelKey.OBJECT_KEY)) {
                puts.incrementAndGet();
            }
            store.put(key, content, size);
        }

        @Override
        public InputStream open(String key) throws IOException {
            return store.open(key);
        }

        @Override
        public OptionalLong size(String key) throws IOException {
            return store.size(key);
        }

        @Override
        public void delete(String key) throws IOException {
            store.delete(key);
        }

        @Override
        public Stream<Entry> list(String prefix) throws IOException {
            return store.list(prefix);
        }

        @Override
        public boolean remote() {
            return store.remote();
        }

        @Override
        public String describe() {
            return store.describe();
        }
    }
}
