package ru.nastavnik.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * Copies every file of one store into another, one by one, streaming. Idempotent: a key already kept in the
 * target with the same size is skipped, so a migration stopped half-way is simply run again.
 */
final class StorageMigration {

    private StorageMigration() {}

    record Result(int copied, int skipped) {}

    static Result copy(FileStore from, FileStore to) throws IOException {
        int copied = 0;
        int skipped = 0;
        try (Stream<FileStore.Entry> entries = from.list("")) {
            for (Iterator<FileStore.Entry> it = entries.iterator(); it.hasNext(); ) {
                FileStore.Entry entry = it.next();
                if (to.size(entry.key()).equals(OptionalLong.of(entry.size()))) {
                    skipped++;
                    continue;
                }
                try (InputStream in = from.open(entry.key())) {
                    to.put(entry.key(), in, entry.size());
                }
                copied++;
            }
        }
        return new Result(copied, skipped);
    }
}
