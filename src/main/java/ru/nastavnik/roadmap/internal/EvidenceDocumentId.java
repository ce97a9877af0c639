package ru.nastavnik.roadmap.internal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.Ids;

/** A document attached to a roadmap activity as its evidence. */
public record EvidenceDocumentId(@JsonValue UUID value) {

    public EvidenceDocumentId {
        Objects.requireNonNull(value, "roadmap evidence document id");
    }

    public static EvidenceDocumentId of(String value) {
        return new EvidenceDocumentId(Ids.parse(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
