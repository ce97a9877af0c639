package ru.nastavnik.training;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ru.nastavnik.shared.OrganisationId;

/**
 * The sessions a course step may name: events of the {@code events} module, which implements this, so that training
 * knows nothing of events (they depend on it, not the other way round).
 */
public interface SessionCatalogue {

    /** An event as a course step sees it: who organises it, its title, when it starts and ends (its training hours). */
    record Session(UUID id, OrganisationId organiser, String title, Instant startsAt, Instant endsAt) {}

    /** The event, unless it does not exist or was cancelled. */
    Optional<Session> find(UUID event);

    /** The events of these organisers still to come, soonest first. */
    List<Session> upcoming(Collection<UUID> organisers);
}
