package ru.nastavnik.events;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import ru.nastavnik.shared.OrganisationId;

/** Events held, as the public section shows them: without the people the organiser invited by name. */
public interface PublicEvents {

    /** A held event as a public list shows it: what, when, how many came and what was decided — nobody's name. */
    record Held(
            EventId id,
            OrganisationId organisationId,
            String title,
            Instant startsAt,
            Instant endsAt,
            ZoneId zone,
            int attended,
            String decided) {

        /** As {@link EventView#period()}: in the organiser's zone, the end's date only when it differs. */
        public String period() {
            return EventView.period(startsAt, endsAt, zone);
        }
    }

    /** One page of held events, newest first, and how many there are in all. */
    record HeldPage(List<Held> events, long total) {}

    List<EventView> heldBy(Collection<OrganisationId> organisers);

    /**
     * The held events of {@code organisers} from {@code offset}, at most {@code limit}, newest first, with how many
     * there are in all.
     */
    HeldPage held(Collection<OrganisationId> organisers, int offset, int limit);
}
