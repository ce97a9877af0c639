package ru.nastavnik.programme;

import java.util.List;
import ru.nastavnik.mentorship.MentorshipView;
import ru.nastavnik.programme.internal.CommentView;
import ru.nastavnik.programme.internal.EvidenceView;
import ru.nastavnik.programme.internal.MeetingView;

/**
 * Everything a programme's page shows: the programme, its pair, the evidence and the meetings. {@code mayEdit}: the
 * curator's rights (approve, complete); {@code mayDraft}: writing the draft — the curator's, and the mentor's.
 */
public record ProgrammeCard(
        ProgrammeView programme,
        MentorshipView pair,
        List<EvidenceView> evidence,
        List<MeetingView> meetings,
        List<CommentView> comments,
        boolean mayEdit,
        boolean isMentor,
        boolean isMentee,
        boolean mayDraft) {}
