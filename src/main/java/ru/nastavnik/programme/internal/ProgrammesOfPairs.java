package ru.nastavnik.programme.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.PairProgrammes;
import ru.nastavnik.programme.ProgrammeStatus;

/** The pairs' programmes as the pairs' orders and pages see them ({@link PairProgrammes}, declared by mentorship). */
@Component
@Transactional
class ProgrammesOfPairs implements PairProgrammes {

    private final ProgrammeRepository programmes;

    ProgrammesOfPairs(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    @Override
    public List<Approvable> programmes(List<UUID> programmeIds) {
        return programmes.findAllById(programmeIds).stream()
                .map(p -> new Approvable(p.id(), p.organisation(), p.mentorship(), orderable(p.status())))
                .toList();
    }

    @Override
    public boolean orderable(MentorshipId pair) {
        return programmes
                .ofMentorship(pair.value())
                .map(p -> orderable(p.status()))
                .orElse(false);
    }

    @Override
    public void approveByOrder(MentorshipId pair, LocalDate on, boolean pairAtWork) {
        programmes
                .ofMentorship(pair.value())
                .filter(p -> p.status() == ProgrammeStatus.DRAFT)
                .ifPresent(p -> {
                    p.approve(on);
                    if (pairAtWork) {
                        p.start();
                    }
                });
    }

    @Override
    public Optional<UUID> programmeOf(MentorshipId pair) {
        return programmes.ofMentorship(pair.value()).map(Programme::id);
    }

    /** A draft, or a programme approved on its page and still running: the order approves it (again, on paper). */
    static boolean orderable(ProgrammeStatus status) {
        return status == ProgrammeStatus.DRAFT
                || status == ProgrammeStatus.APPROVED
                || status == ProgrammeStatus.IN_PROGRESS;
    }
}
