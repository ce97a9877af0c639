package ru.nastavnik.publishing.channels;

import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import ru.nastavnik.publishing.internal.PublicationEdited;
import ru.nastavnik.publishing.internal.PublicationNameHidden;
import ru.nastavnik.publishing.internal.PublicationPublished;
import ru.nastavnik.publishing.internal.PublicationUnpublished;

/**
 * Synchronous, in the publishing transaction (not after it): the outbox row commits or rolls back with the item's
 * status — that is what makes it a transactional outbox.
 */
@Component
class ChannelListeners {

    private final NewsOutbox outbox;
    private final EditOutbox edits;
    private final ChannelSettings settings;
    private final MessageSource messages;

    ChannelListeners(NewsOutbox outbox, EditOutbox edits, ChannelSettings settings, MessageSource messages) {
        this.outbox = outbox;
        this.edits = edits;
        this.settings = settings;
        this.messages = messages;
    }

    @EventListener
    void on(PublicationPublished published) {
        outbox.enqueue(published.publication(), published.organisation(), settings.enabled(published.organisation()));
    }

    @EventListener
    void on(PublicationUnpublished unpublished) {
        outbox.unpublished(
                unpublished.publication(),
                messages.getMessage("channels.error.unpublished", null, PostComposer.RUSSIAN));
    }

    @EventListener
    void on(PublicationEdited edited) {
        edits.edited(edited.publication());
    }

    @EventListener
    void on(PublicationNameHidden hidden) {
        outbox.nameHidden(hidden.publication());
    }
}
