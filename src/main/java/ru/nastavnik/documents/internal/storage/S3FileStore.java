package ru.nastavnik.documents.internal.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import ru.nastavnik.documents.FileStore;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Stored files in a bucket of an S3-compatible object store (Yandex Object Storage, MinIO, Ceph RGW …), shared
 * by all nodes. An object appears whole or not at all (a PUT is atomic); reads stream from the store. Every failure
 * of the store is an {@link IOException}, as for a disk.
 */
public final class S3FileStore implements FileStore, AutoCloseable {

    private final S3Client s3;
    private final String bucket;

    public S3FileStore(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, InputStream content, long size) throws IOException {
        call(
                key,
                () -> s3.putObject(
                        r -> r.bucket(bucket).key(key).contentLength(size),
                        RequestBody.fromInputStream(content, size)));
    }

    /** From the file itself, so that a retried request can read it again. */
    @Override
    public void put(String key, Path file) throws IOException {
        call(key, () -> s3.putObject(r -> r.bucket(bucket).key(key), RequestBody.fromFile(file)));
    }

    @Override
    public InputStream open(String key) throws IOException {
        return call(key, () -> s3.getObject(r -> r.bucket(bucket).key(key)));
    }

    @Override
    public OptionalLong size(String key) throws IOException {
        try {
            return call(
                    key,
                    () -> OptionalLong.of(
                            s3.headObject(r -> r.bucket(bucket).key(key)).contentLength()));
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void delete(String key) throws IOException {
        call(key, () -> s3.deleteObject(r -> r.bucket(bucket).key(key)));
    }

    /** Page by page as the stream is read (1000 keys a request). */
    @Override
    public Stream<Entry> list(String prefix) throws IOException {
        return call(
                prefix,
                () -> s3.listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents().stream()
                        .map(o -> new Entry(o.key(), o.size(), o.lastModified())));
    }

    @Override
    public boolean remote() {
        return true;
    }

    @Override
    public String describe() {
        return "корзина " + bucket + " ("
                + s3.serviceClientConfiguration()
                        .endpointOverride()
                        .map(Object::toString)
                        .orElse("S3") + ")";
    }

    @Override
    public void close() {
        s3.close();
    }

    private <T> T call(String key, Supplier<T> request) throws IOException {
        try {
            return request.get();
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw new IOException("Object store refused " + key + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("Object store unavailable for " + key + ": " + e.getMessage(), e);
        }
    }
}
