package ru.nastavnik.publishing.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.mentorship.OrderKind;
import ru.nastavnik.mentorship.OrderRegistered;
import ru.nastavnik.programme.ProgrammeCompleted;

/**
 * News the system drafts on its own from what happened, after the other module's commit (resent after a crash; each
 * source is drafted once): pairs assigned by a registered order (counts only) and a programme completed (only with
 * both sides' consent to distribution). A draft is never published by itself: the curator edits and publishes it.
 */
@Component
class SystemDrafts {

    private final OrderNews orders;
    private final ProgrammeNews programmes;

    SystemDrafts(OrderNews orders, ProgrammeNews programmes) {
        this.orders = orders;
        this.programmes = programmes;
    }

    @ApplicationModuleListener
    void on(OrderRegistered registered) {
        if (registered.kind() == OrderKind.ASSIGNMENT) {
            orders.draftPairsFormed(registered);
        }
    }

    @ApplicationModuleListener
    void on(ProgrammeCompleted completed) {
        programmes.draft(completed);
    }
}
