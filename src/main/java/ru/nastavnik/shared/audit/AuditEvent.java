package ru.nastavnik.shared.audit;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * Published by any module that reads or changes personal data (152-ФЗ requires that processing be
 * accountable); the audit module stores it in the same transaction, so no change is kept without its record.
 * One event is about one subject ({@code subjectId}) or about the people of one list, export or import
 * ({@code subjects}): a list view is one record naming everyone it showed, not one record per person.
 * <p>
 * {@code details} is Russian text written in Java at the call site, not a message key, on purpose: the journal is a
 * legal record, written once and shown as stored, so a later change of wording must not rewrite what was recorded.
 */
public record AuditEvent(
        OrganisationId organisation,
        AuditAction action,
        String subjectType,
        UUID subjectId,
        String details,
        List<UUID> subjects) {

    public AuditEvent {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
    }

    public AuditEvent(
            OrganisationId organisation, AuditAction action, String subjectType, UUID subjectId, String details) {
        this(organisation, action, subjectType, subjectId, details, List.of());
    }

    /** One record of everyone a list, an export or an import showed or touched. */
    public static AuditEvent ofMany(
            OrganisationId organisation,
            AuditAction action,
            String subjectType,
            Collection<UUID> subjects,
            String details) {
        return new AuditEvent(
                organisation,
                action,
                subjectType,
                null,
                details,
                subjects.stream().distinct().toList());
    }
}
