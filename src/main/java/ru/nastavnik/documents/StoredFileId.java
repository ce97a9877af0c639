package ru.nastavnik.documents;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

public record StoredFileId(@JsonValue UUID value) {

    public StoredFileId {
        Objects.requireNonNull(value, "stored file id");
    }

    public static StoredFileId of(String value) {
        return new StoredFileId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
