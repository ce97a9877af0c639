package ru.nastavnik.events;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.shared.OrganisationId;

/** Events held, as the public section shows them: without the people the organiser invited by name. */
@Service
@Transactional(readOnly = true)
public class PublicEvents {

    private final EventRepository events;

    PublicEvents(EventRepository events) {
        this.events = events;
    }

    public List<EventView> heldBy(Collection<OrganisationId> organisers) {
        return events.organisedBy(organisers.stream().map(OrganisationId::value).toList()).stream()
                .filter(e -> e.view().status() == EventStatus.HELD).map(e -> e.view().withoutNamedPeople()).toList();
    }
}
