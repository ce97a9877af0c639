package ru.nastavnik.roadmap.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.roadmap.PublishedEvidence;
import ru.nastavnik.shared.Ids;

/**
 * A published item of the school's site as the roadmap names it when the curator links it as evidence: the value of
 * publishing's own {@code PublicationId}, which this module may not use (publishing depends on the roadmap, see
 * {@link PublishedEvidence}). Validates itself, so a malformed one binds as an item that does not exist (404).
 */
public record PublishedItemId(@JsonValue UUID value) {

    public PublishedItemId {
        Objects.requireNonNull(value, "published item id");
    }

    public static PublishedItemId of(String value) {
        return new PublishedItemId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
