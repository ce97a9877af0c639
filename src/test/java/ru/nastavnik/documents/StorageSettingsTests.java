package ru.nastavnik.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import ru.nastavnik.documents.internal.storage.LocalFileStore;

/** What the settings choose, and what they refuse before the node starts serving. */
class StorageSettingsTests {

    FileStorageProperties files = new FileStorageProperties(Path.of("target", "settings-files"), null);

    @Test
    void withoutSettingsFilesStayInTheLocalDirectory() {
        StorageProperties defaults = new StorageProperties(null, null, false);
        assertThat(new FileStoreConfiguration().fileStore(defaults, files)).isInstanceOf(LocalFileStore.class);
        assertThat(defaults.s3().pathStyle()).isTrue();
        assertThat(defaults.s3().region()).isEqualTo("us-east-1");
    }

    @Test
    void anObjectStoreWithoutABucketIsRefusedNamingTheSetting() {
        StorageProperties noBucket = new StorageProperties(StorageProperties.Type.S3, null, false);
        assertThatThrownBy(() -> new FileStoreConfiguration().fileStore(noBucket, files))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nastavnik.storage.s3.bucket");
    }

    @Test
    void theMigrationRefusesToRunWithoutAnObjectStoreToCopyInto() {
        StorageProperties local = new StorageProperties(StorageProperties.Type.LOCAL, null, true);
        StorageMigrationRunner runner = new StorageMigrationRunner(local, files, new LocalFileStore(files.directory()));
        assertThatThrownBy(() -> runner.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nastavnik.storage.type=s3");
    }

    @Test
    void theSecretKeyNeverAppearsInTheSettingsText() {
        var s3 = new StorageProperties.S3(null, "ru-central1", "bucket", false, "key-id", "very-secret");
        assertThat(s3.toString()).doesNotContain("very-secret").doesNotContain("key-id");
    }
}
