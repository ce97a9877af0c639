package ru.nastavnik.matching;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.nastavnik.people.PersonId;

/** How many mentees each mentor has in pairs not ended, and who already has a pair (told by the pairs module). */
public interface MentorLoads {

    int load(PersonId mentor);

    boolean paired(PersonId mentee);

    /** The loads of many mentors; implementations answer in a few queries, not one per mentor. */
    default Map<PersonId, Integer> loads(Collection<PersonId> mentors) {
        Map<PersonId, Integer> loads = new HashMap<>();
        mentors.forEach(m -> loads.put(m, load(m)));
        return loads;
    }

    /** Those of {@code mentees} who are in a pair or group not ended. */
    default Set<PersonId> paired(Collection<PersonId> mentees) {
        return mentees.stream().filter(this::paired).collect(Collectors.toSet());
    }
}
