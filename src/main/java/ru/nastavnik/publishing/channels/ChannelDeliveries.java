package ru.nastavnik.publishing.channels;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.publishing.internal.PublicationId;
import ru.nastavnik.publishing.internal.PublicationManagement;
import ru.nastavnik.publishing.internal.PublicationStatus;
import ru.nastavnik.publishing.internal.PublicationView;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * A news item's posts: the curator's view of them, her retry and deletion; the job's delivery of the news rows, by
 * {@link DeliveryLoop} with the {@link NewsDispatch}.
 */
@Service
public class ChannelDeliveries {

    private final Outbox outbox;
    private final DeliveryLoop loop;
    private final NewsDispatch news;
    private final PublicationManagement publications;
    private final TransactionTemplate transactions;

    ChannelDeliveries(
            Outbox outbox,
            DeliveryLoop loop,
            NewsDispatch news,
            PublicationManagement publications,
            PlatformTransactionManager transactions) {
        this.outbox = outbox;
        this.loop = loop;
        this.news = news;
        this.publications = publications;
        this.transactions = new TransactionTemplate(transactions);
    }

    public List<DeliveryView> of(NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication) {
        publications.get(caller, organisation, publication);
        return transactions.execute(s -> outbox.of(publication));
    }

    public void retry(
            NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication, UUID delivery) {
        PublicationView item = publications.get(caller, organisation, publication);
        DeliveryView row = own(publication, delivery);
        if (item.status() != PublicationStatus.PUBLISHED) {
            throw InvalidInputException.of("delivery", "channels.retry.notPublished");
        }
        if (!row.retryable() || !Boolean.TRUE.equals(transactions.execute(s -> outbox.retry(delivery)))) {
            throw InvalidInputException.of("delivery", "channels.retry.notFailed");
        }
    }

    /** Deletes the post from the channel (Telegram deleteMessage, VK wall.delete); a refusal is told, nothing marked. */
    public void deletePost(
            NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication, UUID delivery) {
        publications.get(caller, organisation, publication);
        loop.deleteSent(organisation, own(publication, delivery));
        transactions.executeWithoutResult(s -> outbox.removed(delivery, loop.message("channels.removed.byService")));
    }

    /** The curator deleted the post herself (a service allows a bot to delete only recent posts). */
    public void markDeleted(
            NastavnikPrincipal caller, OrganisationId organisation, PublicationId publication, UUID delivery) {
        publications.get(caller, organisation, publication);
        DeliveryView row = own(publication, delivery);
        if (!row.removable()) {
            throw InvalidInputException.of("delivery", "channels.delete.notSent");
        }
        transactions.executeWithoutResult(s -> outbox.removed(delivery, loop.message("channels.removed.byHand")));
    }

    /** The job's work: every due news row, each in its own transaction. Returns how many were sent. */
    public int deliverDue() {
        return loop.deliverDue(news);
    }

    private DeliveryView own(PublicationId publication, UUID delivery) {
        return outbox.find(delivery)
                .filter(d -> publication.value().equals(d.publication()))
                .orElseThrow(NotFoundException::new);
    }
}
