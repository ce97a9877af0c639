package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.mentorship.PairLookup;
import ru.nastavnik.programme.ProgrammeCard;
import ru.nastavnik.programme.ProgrammeView;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A programme's card as its page shows it. Its pair's names only for the curator; a member of the pair sees the
 * programme without the others' names. The read of the pair's members is audited.
 */
@Component
class ProgrammeCards {

    private final PairLookup pairs;
    private final EvidenceRepository evidence;
    private final MeetingRepository meetings;
    private final CommentRepository comments;
    private final ApplicationEventPublisher events;

    ProgrammeCards(
            PairLookup pairs,
            EvidenceRepository evidence,
            MeetingRepository meetings,
            CommentRepository comments,
            ApplicationEventPublisher events) {
        this.pairs = pairs;
        this.evidence = evidence;
        this.meetings = meetings;
        this.comments = comments;
        this.events = events;
    }

    ProgrammeCard card(NastavnikPrincipal caller, ProgrammeAccess.Access access, LocalDate today) {
        Programme programme = access.programme();
        ProgrammeView view = programme.view(today);
        List<UUID> activityIds =
                view.activities().stream().map(ActivityView::id).toList();
        MentorshipView unnamed = pairs.unnamed(programme.mentorship());
        events.publishEvent(AuditEvent.ofMany(
                unnamed.organisationId(),
                AuditAction.READ,
                "Person",
                pairs.memberIds(List.of(programme.mentorship())),
                "карточка программы наставничества"));
        MentorshipView pair = access.curator() ? pairs.named(caller, programme.mentorship()) : unnamed;
        return new ProgrammeCard(
                view,
                pair,
                activityIds.isEmpty()
                        ? List.of()
                        : evidence.ofActivities(activityIds).stream()
                                .map(Evidence::view)
                                .toList(),
                meetings.ofProgramme(programme.id()).stream().map(Meeting::view).toList(),
                comments.ofProgramme(programme.id()).stream().map(Comment::view).toList(),
                access.curator(),
                access.role() == MemberRole.MENTOR,
                access.role() == MemberRole.MENTEE,
                access.drafter());
    }
}
