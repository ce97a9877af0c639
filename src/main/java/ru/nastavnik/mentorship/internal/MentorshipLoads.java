package ru.nastavnik.mentorship.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.bank.MentorWorkload;
import ru.nastavnik.matching.MentorLoads;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.people.PersonId;

/** Tells matching and the bank how many mentees a mentor has in pairs not ended, and who already has a pair. */
@Component
@Transactional(readOnly = true)
class MentorshipLoads implements MentorLoads, MentorWorkload {

    // PostgreSQL takes at most 32,767 bind parameters in one statement
    private static final int CHUNK = 5_000;

    private final MentorshipRepository mentorships;
    private final PairManagement service;

    MentorshipLoads(MentorshipRepository mentorships, PairManagement service) {
        this.mentorships = mentorships;
        this.service = service;
    }

    @Override
    public int load(PersonId mentor) {
        return service.load(mentor);
    }

    @Override
    public boolean paired(PersonId mentee) {
        return mentorships.runningWith(mentee.value()).stream()
                .anyMatch(m -> m.current(MemberRole.MENTEE).contains(mentee));
    }

    @Override
    public Map<PersonId, Integer> loads(Collection<PersonId> mentors) {
        Map<PersonId, Integer> loads = new HashMap<>();
        mentors.forEach(m -> loads.put(m, 0));
        for (Mentorship m : running(mentors)) {
            int mentees = m.current(MemberRole.MENTEE).size();
            m.current(MemberRole.MENTOR).stream()
                    .filter(loads::containsKey)
                    .forEach(p -> loads.merge(p, mentees, Integer::sum));
        }
        return loads;
    }

    @Override
    public Set<PersonId> paired(Collection<PersonId> mentees) {
        Set<PersonId> asked = new HashSet<>(mentees);
        Set<PersonId> paired = new HashSet<>();
        for (Mentorship m : running(mentees)) {
            m.current(MemberRole.MENTEE).stream().filter(asked::contains).forEach(paired::add);
        }
        return paired;
    }

    /** Each running pair once, however many of the people asked about are in it. */
    private Collection<Mentorship> running(Collection<PersonId> people) {
        List<UUID> ids = people.stream().map(PersonId::value).distinct().toList();
        Map<UUID, Mentorship> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<UUID> chunk = new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + CHUNK)));
            mentorships.runningWithAny(chunk).forEach(m -> found.put(m.id(), m));
        }
        return found.values();
    }
}
