package ru.nastavnik.bank.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.MentorWorkload;
import ru.nastavnik.people.PersonId;

/** The current load of a mentor from whichever module keeps the pairs (none before pairs exist: 0). */
@Component
class Workloads {

    private final List<MentorWorkload> sources;

    Workloads(List<MentorWorkload> sources) {
        this.sources = sources;
    }

    int of(PersonId mentor) {
        return sources.stream().mapToInt(s -> s.load(mentor)).sum();
    }

    Map<PersonId, Integer> of(Collection<PersonId> mentors) {
        Map<PersonId, Integer> loads = new HashMap<>();
        for (MentorWorkload source : sources) {
            source.loads(mentors).forEach((mentor, load) -> loads.merge(mentor, load, Integer::sum));
        }
        return loads;
    }
}
