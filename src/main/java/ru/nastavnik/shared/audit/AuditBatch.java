package ru.nastavnik.shared.audit;

import java.util.List;

/**
 * Many audit events at once — a list or an export shows many people, and each of them was read — written by the
 * audit module in one batch rather than one statement (or one transaction, for reads) each.
 */
public record AuditBatch(List<AuditEvent> events) {

    public AuditBatch {
        events = List.copyOf(events);
    }

    /** The same read of each of these subjects of one organisation. */
    public static AuditBatch reads(ru.nastavnik.shared.OrganisationId organisation, String subjectType,
            java.util.Collection<java.util.UUID> subjects, String details) {
        return new AuditBatch(subjects.stream()
                .map(id -> new AuditEvent(organisation, AuditAction.READ, subjectType, id, details)).toList());
    }
}
