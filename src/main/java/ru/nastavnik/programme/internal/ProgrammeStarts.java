package ru.nastavnik.programme.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.MentorshipStarted;

/** When a pair begins its work, its approved programme is worked through from then on. */
@Component
class ProgrammeStarts {

    private final ProgrammeManagement programmes;

    ProgrammeStarts(ProgrammeManagement programmes) {
        this.programmes = programmes;
    }

    // synchronous, in the transaction that starts the pair: a started pair never shows a programme not yet started
    @EventListener
    void on(MentorshipStarted event) {
        programmes.pairStarted(event.mentorship());
    }
}
