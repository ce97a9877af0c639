package ru.nastavnik.roadmap.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ru.nastavnik.shared.InvalidInputException;

/** A document's date as typed: a date that does not exist names its field instead of failing the request. */
final class EvidenceForms {

    private EvidenceForms() {}

    static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of("date", "roadmapEvidence.date.invalid");
        }
    }

    /** An order to link, as the API receives it. */
    record Link(java.util.UUID order, String title) {}

    /** A held event whose protocol to link, as the API receives it. */
    record ProtocolLink(java.util.UUID event, String title) {}

    /** A published item to link, as the API receives it. */
    record PublicationLink(java.util.UUID publication, String title) {}
}
