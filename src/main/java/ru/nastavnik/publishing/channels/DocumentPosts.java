package ru.nastavnik.publishing.channels;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.consent.DistributionChannel;
import ru.nastavnik.consent.DistributionKind;
import ru.nastavnik.publishing.internal.DistributionCover;
import ru.nastavnik.publishing.internal.PublicDocumentFiles;
import ru.nastavnik.shared.InvalidInputException;
import ru.nastavnik.shared.NotFoundException;
import ru.nastavnik.shared.OrganisationId;
import ru.nastavnik.shared.audit.AuditAction;
import ru.nastavnik.shared.audit.AuditEvent;
import ru.nastavnik.shared.security.NastavnikPrincipal;

/**
 * The curator sends a document shown on the public section (the Regulation, an order — as the public sees it) to
 * the school's Telegram channel and VK community, and looks after its posts. Refused with nothing queued: a document
 * not shown, a section without an address, a channel not set up, a document already sent there, a file larger than
 * the service takes. Another organisation's document does not exist (404).
 */
@Service
public class DocumentPosts {

    private final ChannelAccess access;
    private final PublicDocumentFiles files;
    private final DocumentOutbox documents;
    private final DocumentDispatch dispatch;
    private final DeliveryLoop loop;
    private final Outbox outbox;
    private final ChannelSettings settings;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final DistributionCover cover;

    DocumentPosts(
            ChannelAccess access,
            PublicDocumentFiles files,
            DocumentOutbox documents,
            DocumentDispatch dispatch,
            DeliveryLoop loop,
            Outbox outbox,
            ChannelSettings settings,
            MessageSource messages,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            DistributionCover cover) {
        this.access = access;
        this.files = files;
        this.documents = documents;
        this.dispatch = dispatch;
        this.loop = loop;
        this.outbox = outbox;
        this.settings = settings;
        this.messages = messages;
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.cover = cover;
    }

    /** The organisation's document, shown or not, for its page; another's → 404. */
    public PublicDocumentFiles.State document(NastavnikPrincipal caller, OrganisationId organisation, UUID document) {
        access.check(caller, organisation);
        return files.of(organisation, document).orElseThrow(NotFoundException::new);
    }

    public List<DeliveryView> of(NastavnikPrincipal caller, OrganisationId organisation, UUID document) {
        document(caller, organisation, document);
        return documents.of(document).stream()
                .flatMap(id -> outbox.find(id).stream())
                .toList();
    }

    /** Queues the document for each channel named, all or none; the job sends it. */
    public List<DeliveryView> send(
            NastavnikPrincipal caller, OrganisationId organisation, UUID document, Collection<ChannelKind> kinds) {
        PublicDocumentFiles.State state = document(caller, organisation, document);
        Set<ChannelKind> channels = kinds == null || kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
        if (channels.isEmpty()) {
            throw InvalidInputException.of("kind", "publishingDocuments.send.noChannels");
        }
        switch (state.shown()) {
            case HIDDEN -> throw InvalidInputException.of("document", "publishingDocuments.send.notShown");
            case REPLACED -> throw InvalidInputException.of("document", "publishingDocuments.send.replaced");
            case SHOWN -> {}
        }
        for (ChannelKind kind : channels) {
            if (settings.active(organisation, kind).isEmpty()) {
                throw InvalidInputException.of("kind", "publishingDocuments.send.channelOff", name(kind));
            }
            if (documents.active(document, kind)) {
                throw InvalidInputException.of("kind", "publishingDocuments.send.already", name(kind));
            }
        }
        requireConsents(document, channels);
        Post post = dispatch.compose(state.document())
                .orElseThrow(() -> InvalidInputException.of("document", "publishingDocuments.send.noSection"));
        for (ChannelKind kind : channels) {
            fits(post.photo().bytes().length, name(kind), dispatch.client(kind).limit());
        }
        transactions.executeWithoutResult(s -> {
            for (ChannelKind kind : channels) {
                if (!documents.enqueue(document, organisation, kind)) {
                    // sent to the same channel by a parallel request a moment ago: nothing of this one is queued
                    s.setRollbackOnly();
                    throw InvalidInputException.of("kind", "publishingDocuments.send.already", name(kind));
                }
            }
            events.publishEvent(new AuditEvent(
                    organisation,
                    AuditAction.CREATE,
                    "PublicDocumentPost",
                    document,
                    "документ «" + state.document().title() + "» ("
                            + post.photo().fileName() + ") поставлен в отправку: "
                            + String.join(
                                    ", ", channels.stream().map(Enum::name).toList())));
        });
        return of(caller, organisation, document);
    }

    /**
     * 152-ФЗ art. 10.1: a document shown with names goes to a channel only if every person it names consented to
     * distribution of documents on that resource; otherwise nothing is queued and the curator reads who lacks what.
     */
    private void requireConsents(UUID document, Set<ChannelKind> channels) {
        java.util.Map<ru.nastavnik.people.PersonId, String> named = files.namedIn(document);
        if (named.isEmpty()) {
            return;
        }
        List<String> lacking = cover.lacking(
                named,
                DistributionKind.DOCUMENTS,
                java.util.Map.of(),
                channels.stream()
                        .map(k -> DistributionChannel.valueOf(k.name()))
                        .toList());
        if (!lacking.isEmpty()) {
            throw InvalidInputException.of(
                    "document", "publishingDocuments.send.consentMissing", String.join("; ", lacking));
        }
    }

    public void retry(NastavnikPrincipal caller, OrganisationId organisation, UUID document, UUID delivery) {
        PublicDocumentFiles.State state = document(caller, organisation, document);
        DeliveryView row = own(document, delivery);
        if (state.shown() != PublicDocumentFiles.Shown.SHOWN) {
            throw InvalidInputException.of("delivery", "publishingDocuments.send.notShown");
        }
        if (!row.retryable() || !Boolean.TRUE.equals(transactions.execute(s -> outbox.retry(delivery)))) {
            throw InvalidInputException.of("delivery", "channels.retry.notFailed");
        }
    }

    /** Deletes the post through the service (deleteMessage, wall.delete); a refusal is told and nothing marked. */
    public void deletePost(NastavnikPrincipal caller, OrganisationId organisation, UUID document, UUID delivery) {
        document(caller, organisation, document);
        loop.deleteSent(organisation, own(document, delivery));
        removed(organisation, document, delivery, "channels.removed.byService");
    }

    public void markDeleted(NastavnikPrincipal caller, OrganisationId organisation, UUID document, UUID delivery) {
        document(caller, organisation, document);
        if (!own(document, delivery).removable()) {
            throw InvalidInputException.of("delivery", "channels.delete.notSent");
        }
        removed(organisation, document, delivery, "channels.removed.byHand");
    }

    private void removed(OrganisationId organisation, UUID document, UUID delivery, String note) {
        transactions.executeWithoutResult(s -> {
            outbox.removed(delivery, messages.getMessage(note, null, PostComposer.RUSSIAN));
            events.publishEvent(new AuditEvent(
                    organisation, AuditAction.ARCHIVE, "PublicDocumentPost", document, "пост документа удалён"));
        });
    }

    private DeliveryView own(UUID document, UUID delivery) {
        return documents.of(document).contains(delivery)
                ? outbox.find(delivery).orElseThrow(NotFoundException::new)
                : throwNotFound();
    }

    private static DeliveryView throwNotFound() {
        throw new NotFoundException();
    }

    private String name(ChannelKind kind) {
        return messages.getMessage(kind.messageKey(), null, PostComposer.RUSSIAN);
    }

    /** Telegram takes at most 50 MB from a bot, VK 200 MB: a larger file is refused before anything is queued. */
    static void fits(long size, String service, long limit) {
        if (size > limit) {
            throw InvalidInputException.of(
                    "document",
                    "publishingDocuments.send.tooLarge",
                    String.format(java.util.Locale.ROOT, "%.1f", size / 1024.0 / 1024.0),
                    service,
                    limit >> 20);
        }
    }
}
