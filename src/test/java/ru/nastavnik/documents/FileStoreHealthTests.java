package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;
import ru.nastavnik.documents.internal.storage.LocalFileStore;

class FileStoreHealthTests {

    @Test
    void aReachableStoreIsUp(@TempDir Path directory) {
        var health = new FileStoreHealth(new LocalFileStore(directory)).health(true);
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKey("store");
    }

    @Test
    void aStoreThatDoesNotAnswerIsDown() {
        var health = new FileStoreHealth(new Unreachable()).health(true);
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    }

    /** An object store whose endpoint refuses connections. */
    private static final class Unreachable implements FileStore {

        @Override
        public void put(String key, InputStream content, long size) throws IOException {
            throw new ConnectException("refused");
        }

        @Override
        public InputStream open(String key) throws IOException {
            throw new ConnectException("refused");
        }

        @Override
        public OptionalLong size(String key) throws IOException {
            throw new ConnectException("refused");
        }

        @Override
        public void delete(String key) throws IOException {
            throw new ConnectException("refused");
        }

        @Override
        public Stream<Entry> list(String prefix) throws IOException {
            throw new ConnectException("refused");
        }

        @Override
        public String describe() {
            return "s3://unreachable";
        }
    }
}
