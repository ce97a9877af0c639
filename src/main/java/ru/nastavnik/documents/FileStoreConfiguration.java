package ru.nastavnik.documents;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import ru.nastavnik.documents.internal.storage.LocalFileStore;
import ru.nastavnik.documents.internal.storage.S3FileStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/** The one {@link FileStore} of this node, as {@code nastavnik.storage.type} says. */
@Configuration(proxyBeanMethods = false)
class FileStoreConfiguration {

    @Bean
    FileStore fileStore(StorageProperties storage, FileStorageProperties files) {
        if (storage.type() == StorageProperties.Type.LOCAL) {
            return new LocalFileStore(files.directory());
        }
        StorageProperties.S3 s3 = storage.s3();
        if (s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("nastavnik.storage.s3.bucket must be set for nastavnik.storage.type=s3");
        }
        return new S3FileStore(client(s3), s3.bucket());
    }

    static S3Client client(StorageProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(s3.region()))
                .forcePathStyle(s3.pathStyle())
                .credentialsProvider(credentials(s3))
                // the SDK's default CRC checksums on every request are refused by several S3-compatible stores
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint());
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 s3) {
        if (s3.accessKey() == null || s3.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build();
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey()));
    }
}
