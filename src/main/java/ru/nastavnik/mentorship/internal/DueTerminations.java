package ru.nastavnik.mentorship.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Ends, on their day, the pairs whose early end was announced ahead (checked hourly, so a night's downtime is caught). */
@Component
class DueTerminations {

    private final PairLifecycle mentorships;

    DueTerminations(PairLifecycle mentorships) {
        this.mentorships = mentorships;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${nastavnik.mentorship.termination-check:PT1H}")
    @SchedulerLock(name = "mentorship-due-terminations")
    void finish() {
        mentorships.finishDueTerminations();
    }
}
