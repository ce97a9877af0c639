package ru.nastavnik.mentorship.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A version of the Regulation as read: approved once {@code approvalOrderId} is set, by that order's number and date. */
public record RegulationVersionView(
        UUID id, int number, UUID approvalOrderId, String approvedNumber, LocalDate approvedOn, Instant createdAt) {

    public boolean approved() {
        return approvalOrderId != null;
    }
}
