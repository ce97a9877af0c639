package ru.nastavnik.shared.audit;

import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.shared.OrganisationId;

/**
 * Published by any module that reads or changes personal data (152-ФЗ requires that processing be
 * accountable); the audit module stores it in the same transaction, so no change is kept without its record.
 */
public record AuditEvent(OrganisationId organisation, AuditAction action, String subjectType, UUID subjectId,
        String details) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
    }
}
