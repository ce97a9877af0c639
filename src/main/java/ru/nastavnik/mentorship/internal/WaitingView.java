package ru.nastavnik.mentorship.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ru.nastavnik.people.PersonId;

/** A mentee in the bank without a pair: the support given meanwhile, and the mentors the standing search found. */
public record WaitingView(
        PersonId personId,
        String fullName,
        String category,
        List<String> needs,
        String reason,
        List<SupportView> supports,
        List<NoticeView> notices) {

    public record SupportView(UUID id, SupportKind kind, String note, LocalDate assignedOn, LocalDate endedOn) {}

    public record NoticeView(UUID id, PersonId mentorId, String mentorName, Instant createdAt) {}
}
