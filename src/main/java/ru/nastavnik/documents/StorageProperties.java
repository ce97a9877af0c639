package ru.nastavnik.documents;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where stored files are kept: {@code local} (the directory {@code nastavnik.files.directory}, the default) or
 * {@code s3} (a bucket of an S3-compatible store, for several nodes). The README's storage section shows the
 * settings for Yandex Object Storage, MinIO and Ceph.
 *
 * @param type    {@code local} or {@code s3}
 * @param s3      the object store
 * @param migrate copy the local directory's files into the object store, report, and stop
 */
@ConfigurationProperties("nastavnik.storage")
record StorageProperties(Type type, S3 s3, boolean migrate) {

    StorageProperties {
        type = type == null ? Type.LOCAL : type;
        s3 = s3 == null ? new S3(null, null, null, null, null, null) : s3;
    }

    enum Type {
        LOCAL,
        S3
    }

    /**
     * @param endpoint  the store's address, e.g. {@code https://storage.yandexcloud.net}; empty for Amazon S3 itself
     * @param region    the region the store expects in signatures ({@code ru-central1} for Yandex)
     * @param bucket    the bucket, created beforehand by the operator
     * @param pathStyle addresses as {@code endpoint/bucket/key} (MinIO, Ceph) rather than {@code bucket.endpoint/key}
     * @param accessKey the static key's id; empty to take credentials from the environment (AWS_ACCESS_KEY_ID …)
     * @param secretKey the static key's secret
     */
    record S3(URI endpoint, String region, String bucket, Boolean pathStyle, String accessKey, String secretKey) {

        S3 {
            region = region == null || region.isBlank() ? "us-east-1" : region;
            pathStyle = pathStyle == null || pathStyle;
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", pathStyle=" + pathStyle
                    + "]";
        }
    }
}
