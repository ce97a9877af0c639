package ru.nastavnik.roadmap.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import ru.nastavnik.events.EventId;
import ru.nastavnik.mentorship.OrderId;
import ru.nastavnik.roadmap.internal.PublishedItemId;
import ru.nastavnik.shared.InvalidInputException;

/**
 * A document's date as typed: a date that does not exist names its field instead of failing the request. The API's
 * link bodies bind the linked ids typed, as the pages' parameters do; a malformed one is refused while the body is
 * read, a 400 naming its field.
 */
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
    record Link(OrderId order, String title) {}

    /** A held event whose protocol to link, as the API receives it. */
    record ProtocolLink(EventId event, String title) {}

    /** A published item to link, as the API receives it. */
    record PublicationLink(PublishedItemId publication, String title) {}
}
