package ru.nastavnik.mentorship.internal;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import ru.nastavnik.bank.MenteeCompletion;
import ru.nastavnik.mentorship.MemberRole;
import ru.nastavnik.mentorship.MentorshipEnded;
import ru.nastavnik.mentorship.MentorshipStatus;
import ru.nastavnik.organisation.SchoolDates;

/**
 * A completed pair (its period over, or its programme completed) has met its mentees' need: they leave the mentee
 * bank in the same transaction, so that the waiting list and the next run do not take them up again. A pair ended
 * early does not: its mentees still need a mentor.
 */
@Component
class CompletedMentees {

    private final MentorshipRepository mentorships;
    private final MenteeCompletion completion;
    private final SchoolDates dates;

    CompletedMentees(MentorshipRepository mentorships, MenteeCompletion completion, SchoolDates dates) {
        this.mentorships = mentorships;
        this.completion = completion;
        this.dates = dates;
    }

    // synchronous, in the transaction that completes the pair: the pair and its mentee's bank entry complete
    // together, before the standing search of the waiting mentees (after the commit), which must no longer count them
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(MentorshipEnded event) {
        mentorships
                .findById(event.mentorship().value())
                .filter(m -> m.status() == MentorshipStatus.COMPLETED)
                .ifPresent(m -> m.current(MemberRole.MENTEE)
                        .forEach(p -> completion.completed(p, dates.today(m.organisation()))));
    }
}
