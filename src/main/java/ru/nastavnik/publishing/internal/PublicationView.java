package ru.nastavnik.publishing.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.publishing.PublicationSource;
import ru.nastavnik.shared.OrganisationId;

/** A news item as read; {@code body} is sanitised HTML; a hidden person shows as «[имя скрыто]». */
public record PublicationView(
        PublicationId id,
        OrganisationId organisationId,
        String title,
        String body,
        PublicationStatus status,
        PublicationSource sourceKind,
        UUID sourceId,
        Instant scheduledAt,
        Instant publishedAt,
        Instant updatedAt,
        List<Named> people,
        long version) {

    public PublicationView {
        people = List.copyOf(people);
    }

    public record Named(PersonId person, String name, boolean hidden) {}
}
