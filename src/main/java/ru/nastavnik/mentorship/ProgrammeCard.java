package ru.nastavnik.mentorship;

import java.util.List;

/** Everything a programme's page shows: the programme, its pair, the evidence and the meetings. */
public record ProgrammeCard(ProgrammeView programme, MentorshipView pair, List<EvidenceView> evidence,
        List<MeetingView> meetings, List<CommentView> comments, boolean mayEdit, boolean isMentor, boolean isMentee) {
}
