package ru.nastavnik.training.internal;

import java.time.Instant;
import java.time.LocalDate;
import ru.nastavnik.people.PersonId;
import ru.nastavnik.shared.OrganisationId;

/** An external course as the mentor and the curator see it; {@code version}: for If-Match. */
public record CourseView(
        CourseId id,
        OrganisationId organisation,
        PersonId person,
        String provider,
        String title,
        int hours,
        LocalDate startsOn,
        LocalDate endsOn,
        String certificateName,
        CourseStatus status,
        String returnComment,
        String recordedBy,
        Instant recordedAt,
        String decidedBy,
        Instant decidedAt,
        long version) {

    public boolean hasCertificate() {
        return certificateName != null;
    }
}
