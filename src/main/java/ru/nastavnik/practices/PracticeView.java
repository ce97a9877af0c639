package ru.nastavnik.practices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

public record PracticeView(PracticeId id, OrganisationId organisationId, String title, String summary,
        List<PersonId> authors, PracticeSourceKind sourceKind, UUID sourceId, PracticeStatus status,
        String rejectionReason, Instant proposedAt, Instant decidedAt) {
}
