package ru.nastavnik.audit;

import java.time.Instant;
import java.util.UUID;

import ru.nastavnik.shared.audit.AuditAction;

public record AuditRecord(long id, UUID organisationId, Instant occurredAt, String actor, String remoteAddress,
        AuditAction action, String subjectType, UUID subjectId, String details, String subjectName) {
}
