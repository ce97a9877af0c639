package ru.nastavnik.mentorship.internal;

import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.mentorship.MentorshipId;
import ru.nastavnik.mentorship.PairProgrammes;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** The programme of a pair, if it has one: the pair's card links to it instead of offering to draw up another. */
@Service
@Transactional(readOnly = true)
public class PairProgramme {

    private final PairManagement mentorships;
    private final ObjectProvider<PairProgrammes> programmes;

    PairProgramme(PairManagement mentorships, ObjectProvider<PairProgrammes> programmes) {
        this.mentorships = mentorships;
        this.programmes = programmes;
    }

    public Optional<UUID> of(NastavnikPrincipal caller, MentorshipId pair) {
        return programmes
                .getObject()
                .programmeOf(new MentorshipId(mentorships.managed(caller, pair).id()));
    }
}
