package ru.nastavnik.publishing.channels;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The outbox is delivered on one node at a time (the lock in PostgreSQL); rows are also locked one by one. */
@Component
class ChannelJobs {

    private final ChannelDeliveries deliveries;
    private final PostEdits edits;
    private final DocumentDeliveries documents;

    ChannelJobs(ChannelDeliveries deliveries, PostEdits edits, DocumentDeliveries documents) {
        this.deliveries = deliveries;
        this.edits = edits;
        this.documents = documents;
    }

    @Scheduled(
            initialDelayString = "${nastavnik.publishing.channels.delivery-start:PT1M}",
            fixedDelayString = "${nastavnik.publishing.channels.delivery-check:PT30S}")
    @SchedulerLock(name = "publishing-channel-outbox", lockAtMostFor = "PT20M")
    void deliver() {
        deliveries.deliverDue();
        edits.editDue();
        documents.deliverDue();
        documents.recheckSent();
    }
}
