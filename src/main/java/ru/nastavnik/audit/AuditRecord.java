package ru.nastavnik.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.shared.audit.AuditAction;

/**
 * One entry of the log. {@code subjectName} names a single person the entry is about; {@code subjects} are the
 * people of a list view, an export or an import, each named only if she belongs to the log's organisation.
 */
public record AuditRecord(
        long id,
        UUID organisationId,
        Instant occurredAt,
        String actor,
        String remoteAddress,
        AuditAction action,
        String subjectType,
        UUID subjectId,
        String details,
        String subjectName,
        List<Subject> subjects) {

    public record Subject(UUID id, String name) {}
}
