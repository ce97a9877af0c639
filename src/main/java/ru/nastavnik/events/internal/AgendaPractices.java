package ru.nastavnik.events.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import ru.nastavnik.events.AgendaEntry;
import ru.nastavnik.events.EventId;
import ru.nastavnik.events.EventView;
import ru.nastavnik.practices.PracticeDecisions;
import ru.nastavnik.practices.PracticeId;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A pair presenting its practice on the agenda (issue 15, item 3): the practice is one of the organiser's library —
 * the school's own, or, for a municipality or region, one proposed to it or accepted at its level.
 */
@Service
@Transactional
public class AgendaPractices {

    private final PracticeDecisions practices;
    private final EventManagement management;

    AgendaPractices(PracticeDecisions practices, EventManagement management) {
        this.practices = practices;
        this.management = management;
    }

    /** The practices the organiser's agenda may name, with their titles. */
    @Transactional(readOnly = true)
    public List<PracticeDecisions.Candidate> presentable(OrganisationId organiser) {
        return practices.candidates(organiser);
    }

    /** Every practice the agenda names must be presentable by the organiser. */
    static void check(PracticeDecisions practices, OrganisationId organiser, List<AgendaEntry> agenda) {
        Set<PracticeId> named = agenda.stream()
                .map(AgendaEntry::practice)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (named.isEmpty()) {
            return;
        }
        Set<PracticeId> allowed = practices.candidates(organiser).stream()
                .map(PracticeDecisions.Candidate::id)
                .collect(Collectors.toSet());
        if (!allowed.containsAll(named)) {
            throw InvalidInputException.of("agenda", "event.agenda.practice.outside");
        }
    }

    /** The organiser names (or clears, with null) the practice a pair presents on agenda line {@code index}. */
    public EventView present(NastavnikPrincipal caller, EventId id, Long readVersion, int index, PracticeId practice) {
        Event event = management.changing(caller, id);
        if (practice != null) {
            check(practices, event.organisation(), List.of(new AgendaEntry(null, "", null, null, practice)));
        }
        event.present(readVersion, index, practice);
        return event.view();
    }

    /** The titles of the practices an event's agenda names. */
    @Transactional(readOnly = true)
    public Map<PracticeId, String> titles(EventView event) {
        List<PracticeId> named = event.agenda().stream()
                .map(AgendaEntry::practice)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return named.isEmpty() ? Map.of() : practices.titles(named);
    }
}
