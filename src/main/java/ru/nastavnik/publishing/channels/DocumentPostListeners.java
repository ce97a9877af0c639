package ru.nastavnik.publishing.channels;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.publishing.internal.PublicDocumentChanged;

/**
 * Synchronous, in the transaction that hides or changes the document: its posts are cancelled or listed for deletion
 * together with the change, never a moment after a hidden document's post could still be sent.
 */
@Component
class DocumentPostListeners {

    private final DocumentDeliveries deliveries;

    DocumentPostListeners(DocumentDeliveries deliveries) {
        this.deliveries = deliveries;
    }

    @EventListener
    void on(PublicDocumentChanged changed) {
        deliveries.recheck(changed.document());
    }
}
