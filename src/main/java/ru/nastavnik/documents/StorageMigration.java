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

    private StorageMigration() {
    }

    record Result(int copied, int skipped) {
    }

    static Result copy(FileStore from, FileStore to) throws IOException {
        int copied = 0;
        int skipped = 0;
        try (Stream<String> keys = from.keys()) {
            for (Iterator<String> it = keys.iterator(); it.hasNext();) {
                String key = it.next();
                OptionalLong size = from.size(key);
                if (size.isEmpty()) {
                    continue;
                }
                if (to.size(key).equals(size)) {
                    skipped++;
                    continue;
                }
                try (InputStream in = from.open(key)) {
                    to.put(key, in, size.getAsLong());
                }
                copied++;
            }
        }
        return new Result(copied, skipped);
    }
}
