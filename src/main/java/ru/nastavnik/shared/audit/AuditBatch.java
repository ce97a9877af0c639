package ru.nastavnik.shared.audit;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * Many audit events at once (each person of an import with what changed in her record), written by the audit
 * module in one batch rather than one statement each.
 */
public record AuditBatch(List<AuditEvent> events) {

    public AuditBatch {
        events = List.copyOf(events);
    }

    /**
     * A list or an export of people: one record naming all of them (the log page lists them under it), so that a
     * page of 50 costs one row, not 50.
     */
    public static AuditBatch reads(
            OrganisationId organisation, String subjectType, Collection<UUID> subjects, String details) {
        if (subjects.isEmpty()) {
            return new AuditBatch(List.of());
        }
        return new AuditBatch(
                List.of(AuditEvent.ofMany(organisation, AuditAction.READ, subjectType, subjects, details)));
    }
}
