package ru.nastavnik.mentorship;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.bank.MentorWorkload;
import ru.nastavnik.matching.MentorLoads;
import ru.nastavnik.people.PersonId;

/** Tells matching and the bank how many mentees a mentor has in pairs not ended, and who already has a pair. */
@Component
@Transactional(readOnly = true)
class MentorshipLoads implements MentorLoads, MentorWorkload {

    private final MentorshipRepository mentorships;
    private final Mentorships service;

    MentorshipLoads(MentorshipRepository mentorships, Mentorships service) {
        this.mentorships = mentorships;
        this.service = service;
    }

    @Override
    public int load(PersonId mentor) {
        return service.load(mentor);
    }

    @Override
    public boolean paired(PersonId mentee) {
        return mentorships.runningWith(mentee.value()).stream().anyMatch(m -> m.current(MemberRole.MENTEE).contains(mentee));
    }
}
