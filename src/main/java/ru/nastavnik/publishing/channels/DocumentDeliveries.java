package ru.nastavnik.publishing.channels;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import ru.nastavnik.publishing.internal.PublicDocumentFiles;

/**
 * A document's posts: the job delivers the documents' rows by {@link DeliveryLoop} with the {@link DocumentDispatch}
 * (the same back-off, the service's {@code retry_after}, the same 20 posts a minute per Telegram channel, news and
 * documents counted together); a sent post whose document is hidden, replaced or shown otherwise is listed for
 * deletion.
 */
@Component
class DocumentDeliveries {

    static final String HIDDEN = "DOCUMENT_HIDDEN";
    static final String REPLACED = "DOCUMENT_REPLACED";
    static final String CHANGED = "DOCUMENT_CHANGED";

    private final DocumentOutbox documents;
    private final Outbox outbox;
    private final DeliveryLoop loop;
    private final DocumentDispatch dispatch;
    private final PublicDocumentFiles files;
    private final TransactionTemplate transactions;

    DocumentDeliveries(
            DocumentOutbox documents,
            Outbox outbox,
            DeliveryLoop loop,
            DocumentDispatch dispatch,
            PublicDocumentFiles files,
            PlatformTransactionManager transactions) {
        this.documents = documents;
        this.outbox = outbox;
        this.loop = loop;
        this.dispatch = dispatch;
        this.files = files;
        this.transactions = new TransactionTemplate(transactions);
    }

    /** The job's work: every due document row, each in its own transaction. Returns how many were sent. */
    int deliverDue() {
        return loop.deliverDue(dispatch);
    }

    /**
     * The document's posts against what the section shows now: not shown → the unsent ones cancelled; a sent one
     * listed for deletion, saying why (hidden, replaced by a newer Regulation, or shown otherwise — another mode, a
     * name removed after a withdrawn consent, 152-ФЗ art. 10.1).
     */
    void recheck(UUID document) {
        Optional<PublicDocumentFiles.State> state = files.of(document);
        boolean shown =
                state.map(s -> s.shown() == PublicDocumentFiles.Shown.SHOWN).orElse(false);
        if (!shown) {
            documents.cancelUnsent(document, loop.message("publishingDocuments.error.notShown"));
        }
        for (DocumentOutbox.SentRow row : documents.sent(document)) {
            stale(row, state);
        }
    }

    /** Every sent document post: a newer Regulation approved takes the older one off the section without a word here. */
    void recheckSent() {
        transactions.executeWithoutResult(s -> documents.sent(null).stream()
                .map(DocumentOutbox.SentRow::document)
                .distinct()
                .forEach(this::recheck));
    }

    private void stale(DocumentOutbox.SentRow row, Optional<PublicDocumentFiles.State> state) {
        String reason = state.isEmpty()
                ? HIDDEN
                : switch (state.get().shown()) {
                    case HIDDEN -> HIDDEN;
                    case REPLACED -> REPLACED;
                    case SHOWN ->
                        PublicDocumentFiles.digest(state.get().document()).equals(row.digest()) ? null : CHANGED;
                };
        if (reason != null) {
            outbox.stale(row.id(), reason);
        }
    }
}
