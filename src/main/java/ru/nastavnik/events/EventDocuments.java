package ru.nastavnik.events;

import ru.nastavnik.shared.security.NastavnikPrincipal;

/** An event's documents that other modules take: the protocol of a held event, for its organiser. */
public interface EventDocuments {

    /** The protocol (with those present as its appendix) from the organisation's template, DOCX or PDF. */
    EventFile protocol(NastavnikPrincipal caller, EventId id, boolean pdf);
}
