package ru.nastavnik.documents;

import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import ru.nastavnik.documents.internal.storage.LocalFileStore;

/**
 * {@code --nastavnik.storage.migrate=true}: copies the files of the local directory ({@code nastavnik.files.directory})
 * into the object store configured, prints how many, and the application stops ({@code NastavnikApplication}).
 * Run it again after an interruption: what was copied is skipped. The database's rows keep their keys: a key names
 * the same file in both stores.
 */
@Component
@ConditionalOnBooleanProperty("nastavnik.storage.migrate")
class StorageMigrationRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(StorageMigrationRunner.class);

    private final StorageProperties storage;
    private final FileStorageProperties files;
    private final FileStore store;
    private volatile StorageMigration.Result result;

    StorageMigrationRunner(StorageProperties storage, FileStorageProperties files, FileStore store) {
        this.storage = storage;
        this.files = files;
        this.store = store;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (storage.type() != StorageProperties.Type.S3) {
            throw new IllegalStateException("nastavnik.storage.migrate copies the local files into an object store: "
                    + "set nastavnik.storage.type=s3 and its nastavnik.storage.s3.* settings");
        }
        LocalFileStore local = new LocalFileStore(files.directory());
        LOG.info("Переносим файлы: {} → {}", local.describe(), store.describe());
        result = StorageMigration.copy(local, store);
        String report = "Перенос файлов завершён: скопировано " + result.copied() + ", уже были в хранилище "
                + result.skipped() + ", всего " + (result.copied() + result.skipped()) + ".";
        LOG.info(report);
        System.out.println(report);
    }

    StorageMigration.Result result() {
        return result;
    }
}
