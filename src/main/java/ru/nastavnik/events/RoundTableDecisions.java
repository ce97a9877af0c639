package ru.nastavnik.events;

import java.util.List;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/** A round table's decisions on practices, as everyone who sees the event sees them. */
public interface RoundTableDecisions {

    List<DecisionView> of(NastavnikPrincipal caller, EventId id);
}
