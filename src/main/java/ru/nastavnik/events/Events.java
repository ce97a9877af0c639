package ru.nastavnik.events;

import java.util.List;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** What other modules read of events: the list an organisation's people see and an event's card. */
public interface Events {

    /** The events an organisation's people see: its own, its municipality's and region's (a territory's too, for its methodologist). */
    List<EventSummary> list(NastavnikPrincipal caller, OrganisationId from);

    /** An event as the caller may see it; reading its participants' and speakers' names is audited. */
    EventCard card(NastavnikPrincipal caller, EventId id);

    /**
     * The signed-in teacher's coming events that take her answer (invited, registered or waiting), the soonest first,
     * at most {@code limit}; empty for an account with no staff record.
     */
    List<EventSummary> comingForMe(NastavnikPrincipal caller, int limit);
}
