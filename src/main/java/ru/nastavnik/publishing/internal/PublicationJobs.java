package ru.nastavnik.publishing.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Scheduled news goes public; the lock in PostgreSQL makes one node of several run it at a time. */
@Component
class PublicationJobs {

    private final PublicationManagement publications;

    PublicationJobs(PublicationManagement publications) {
        this.publications = publications;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "${nastavnik.publishing.schedule-check:PT1M}")
    @SchedulerLock(name = "publishing-scheduled-news")
    void publishDue() {
        publications.publishDue();
    }
}
