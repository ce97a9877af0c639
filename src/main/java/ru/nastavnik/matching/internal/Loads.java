package ru.nastavnik.matching.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.nastavnik.matching.MentorLoads;
import ru.nastavnik.people.PersonId;

/** The loads and pairings told by every {@link MentorLoads} (none when the pairs module is absent), summed. */
final class Loads {

    private Loads() {}

    static Map<PersonId, Integer> of(List<MentorLoads> sources, Collection<PersonId> mentors) {
        Map<PersonId, Integer> loads = new HashMap<>();
        mentors.forEach(m -> loads.put(m, 0));
        sources.forEach(s -> s.loads(mentors).forEach((m, n) -> loads.merge(m, n, Integer::sum)));
        return loads;
    }

    static Set<PersonId> paired(List<MentorLoads> sources, Collection<PersonId> mentees) {
        Set<PersonId> paired = new HashSet<>();
        sources.forEach(s -> paired.addAll(s.paired(mentees)));
        return paired;
    }
}
