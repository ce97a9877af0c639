package ru.nastavnik.mentorship;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.MentorEntered;
import ru.nastavnik.consent.ConsentGiven;
import ru.nastavnik.consent.ConsentPurpose;
import ru.nastavnik.mentorship.internal.WaitingSearch;

/**
 * The standing search for a free mentor ({@link WaitingSearch}) runs again whenever a mentor enters the bank, a
 * pair ends or a mentor's consent to the duties arrives. The listeners stay here, under this class's name: the event
 * registry keeps an unfinished publication by its listener's class and method name, so a move would orphan it.
 */
@Component
class WaitingMentees {

    private final WaitingSearch search;

    WaitingMentees(WaitingSearch search) {
        this.search = search;
    }

    // After the commit of what changed the bank or the pairs, on a listener thread (the search reads the whole
    // bank: no request waits for it) and kept in the event registry until done.
    @ApplicationModuleListener
    public void on(MentorEntered event) {
        search.search(event.organisation());
    }

    @ApplicationModuleListener
    public void on(MentorshipEnded event) {
        search.search(event.organisation());
    }

    @ApplicationModuleListener
    public void on(ConsentGiven event) {
        if (event.purpose() == ConsentPurpose.MENTORING_DUTIES) {
            search.search(event.organisation());
        }
    }
}
